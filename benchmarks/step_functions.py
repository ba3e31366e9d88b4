"""The code each step of a run executes, as (label, file suffix, function name): read by the
profilers (``benchmarks.profile_run``, ``benchmarks.cold_sample``) to split a profile by step.
A module of its own with no imports, so the cold sampler can read it before anything loads."""

STEP_FUNCTIONS = (
    ("raw_documents", "assets/stages/raw_documents.py", "raw_documents"),
    ("sentences", "assets/stages/sentences.py", "sentences"),
    ("figures", "assets/stages/figures.py", "figures"),
    ("curated_figures", "assets/stages/curated_figures.py", "curated_figures"),
    ("reconcile_facts", "assets/stages/facts.py", "reconcile_facts"),
    ("release", "assets/stages/release.py", "release"),
    ("schema checks", "assets/checks.py", "_check"),
    ("input check", "assets/checks.py", "every_input_file_accounted_for"),
    ("shrink_guard", "assets/checks.py", "shrink_guard"),
    ("release_schema", "assets/checks.py", "release_schema"),
    ("IO load", "assets/io_manager.py", "load_input"),
    ("IO store", "assets/io_manager.py", "handle_output"),
)
