// Holds the compiled translations (:/i18n/workprogram_*.qm) linked into both programs.
