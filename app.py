"""Streamlit entrypoint: navigation over the pages in ``ethics_toolkit/ui``; nothing else."""

import streamlit as st

st.set_page_config(page_title="Etikverktyget för HR", page_icon="⚖️", layout="wide")
st.title("Etikverktyget för HR / HR ethics toolkit")
st.info("Appen byggs steg för steg. / The app is being built step by step.")
