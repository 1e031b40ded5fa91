"""What the engine's answers become for people and programs, free of Qt.

- :mod:`.text`: a report as text in the user's language, and as the dictionaries behind ``--json``;
- :mod:`.csvout`: the CSV tables (``explain --csv``, and the Batch tab's export);
- :mod:`.exports`: a diagnosis as HTML, Markdown, text or JSON, and a batch as JSON;
- :mod:`.headers_text`: the headers analysis as text (``bounce-doctor headers``);
- :mod:`.batch`: the rows of the Batch tab and ``explain`` on many files, with their counts and time bins.

The command line and the window both use these modules, so an answer reads the same in both.
"""
