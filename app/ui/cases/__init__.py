"""The case library (library.CaseLibraryPage) and the case editor (editor.CaseEditor)."""
