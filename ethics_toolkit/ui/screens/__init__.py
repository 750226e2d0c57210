"""One script per page of the app, run by ``st.navigation`` in ``app.py``."""
