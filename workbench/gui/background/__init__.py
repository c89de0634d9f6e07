"""Work off the GUI thread: the analysis worker process and the runners that report back."""
