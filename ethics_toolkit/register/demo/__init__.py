"""The fictional demo tool TalentScreen, seeded into a register."""
