# Two entry points do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint typecheck unit bench samples clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,distributed]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/tenderguard check samples/dce_hebergement_cms.zip

test: $(STAMP) lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks samples/build.py

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest -q

# Regenerates the sample PDFs, DOCX and ZIP from their text sources in samples/src/.
samples: $(STAMP)
	$(BIN)/python -m samples.build

# Benchmarks read the real corpus in ../shared/corpus (give --corpus / --csv elsewhere).
# A "-" line reports targets not yet met without stopping the others.
bench: $(STAMP)
	$(BIN)/python benchmarks/bench_samples.py
	$(BIN)/python benchmarks/bench_certificates.py
	$(BIN)/python benchmarks/bench_blind.py samples/batch_formats --by-places
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_2
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_3
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_4
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_5
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_6
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_7
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_8
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_9
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_10
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_11
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_12
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_13
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_14
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_15
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_16
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_17
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_18
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_19
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_20
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_21
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_22
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_23
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_24
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_25
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_26
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_27
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_28
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_29
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_30
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_31
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_32
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_33
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_34
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_35
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_36
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_37
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_38
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_39
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_40
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_41
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_42
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_43
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_44
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_45
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_46
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_47
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_48
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_49
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_50
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_51
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_52
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_53
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_54
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_55
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_56
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_57
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_58
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_59
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_60
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_61
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_62
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_63
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_64
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_65
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_66
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_67
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_68
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_69
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_70
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_71
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_72
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_73
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_74
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_75
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_76
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_77
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_78
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_79
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_80
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_81
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_82
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_83
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_84
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_85
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_86
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_87
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_88
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_89
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_90
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_91
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_92
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_93
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_94
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_95
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_96
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_97
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_98
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_99
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_100
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_101
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_102
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_103
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_104
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_105
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_106
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_107
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_108
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_109
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_110
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_111
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_112
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_113
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_114
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_115
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_116
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_117
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_118
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_119
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_120
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_121
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_122
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_123
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_124
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_125
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_126
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_127
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_128
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_129
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_130
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_131
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_132
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_133
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_134
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_135
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_136
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_137
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_138
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_139
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_140
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_141
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_142
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_143
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_144
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_145
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_146
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_147
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_148
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_149
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_150
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_151
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_152
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_153
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_154
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_155
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_156
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_157
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_158
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_159
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_160
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_161
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_162
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_163
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_164
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_165
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_166
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_167
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_168
	-$(BIN)/python benchmarks/bench_blind.py samples/batch_demands_169
	$(BIN)/python benchmarks/bench_real.py
	-$(BIN)/python benchmarks/bench_ted.py
	$(BIN)/python benchmarks/bench_identity.py
	-$(BIN)/python benchmarks/bench_speed.py
	$(BIN)/python benchmarks/bench_cuad.py
	-$(BIN)/python benchmarks/bench_cuad.py --whole
	$(BIN)/python benchmarks/run_corpus.py
	$(BIN)/python benchmarks/bench_scan.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
