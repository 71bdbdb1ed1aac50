"""Pure functions turning the words of a document into values: amounts, delays, percentages,
zones, providers, damage types, bases and moments."""
