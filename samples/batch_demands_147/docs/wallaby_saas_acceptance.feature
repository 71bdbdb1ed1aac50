# Acceptance criteria - Wallaby Shire Council (fictitious), NSW, Australia
# Contract WSC-ICT-2026-07: SaaS records and payments portal
# Owner: ICT Procurement. These scenarios are conditions of acceptance of the Supplier's service.

Feature: Supplier insurance
  As the Council's contract manager
  I want evidence that the Supplier is properly insured
  So that the Council is not left carrying the Supplier's risk

  Background:
    Given the Supplier "Bluegum Digital Pty Ltd" has been notified of award

  Scenario: Insurance held at the required limits
    When the Council reviews the Supplier's certificates of currency
    Then they show the following covers in force:
      | Cover                    | Minimum limit (AUD) | Basis                 |
      | Public liability         | 20,000,000          | any one occurrence    |
      | Professional indemnity   | 10,000,000          | per claim             |
      | Professional indemnity   | 20,000,000          | annual aggregate      |
    And a cyber policy of AUD 5,000,000 is preferred but not required

  Scenario: Certificates delivered on time
    When 10 business days have passed since notification of award
    Then the Supplier has delivered certificates of currency for every cover above
    And the Supplier delivers updated certificates each year on renewal

  Scenario: Council's own cover is not the Supplier's
    Given the Council is insured through Statewide Mutual for its own public liability
    Then that cover is not evidence of the Supplier's insurance

Feature: Data protection and hosting
  Scenario: Data stays onshore
    Given a tenant has been provisioned for the Council
    When any record, backup or log is written
    Then it is stored in an Australian data centre
    But the Council's own staff may view records while travelling overseas

  Scenario: Breach notification
    Given the Supplier becomes aware of an eligible data breach
    Then the Council is notified within 24 hours
    And the Supplier helps the Council assess the breach under the Notifiable Data Breaches scheme

  Scenario: Audit logging
    When a privileged user signs in or changes configuration
    Then an audit event is recorded with user, time and action
    And the audit trail is kept for at least 7 years

  Scenario: Sub-processors
    Given the Supplier wants to add a sub-processor
    Then it obtains the Council's written approval before any Council data is shared

  Scenario Outline: Availability
    Given the production portal over a calendar month
    When availability is measured by the Council's monitoring
    Then it is at least <target>
    Examples:
      | environment | target  |
      | production  | 99.9%   |
      | training    | not measured |

  Scenario: Service credits are not penalties
    Given availability of the production portal was below target for the month
    Then a service credit of 10% of the monthly fee is applied to the next invoice

  Scenario: Certified platform
    Then the Supplier holds ISO/IEC 27001 certification for the platform
    And IRAP assessment at PROTECTED level is not required for this contract

Feature: Exit and delivery
  Scenario: End of contract
    Given the contract ends for any reason
    When the Council requests its data
    Then the Supplier exports all records and attachments in CSV and PDF/A within 30 days
    And then destroys all remaining copies and confirms in writing

  Scenario: Late go-live
    Given the go-live milestone date has passed without acceptance
    Then liquidated damages of AUD 800 per calendar day apply
    And total liquidated damages are capped at AUD 40,000

  Scenario: Liability
    Then the Supplier's liability is capped at 2 times the total contract price
    # Statistics: 3 of 5 previous SaaS suppliers went live late (2021-2025)
