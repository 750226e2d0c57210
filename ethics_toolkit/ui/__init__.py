"""The Streamlit app: pages in ``screens/``, widgets in ``components``, plumbing in ``state``."""
