"""Rename or swap the speakers of a session (Therapist, Client, Partner…)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)


class SpeakersDialog(QDialog):
    """One name field per raw speaker label."""

    def __init__(
        self, labels: Sequence[str], names: Mapping[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Speakers")
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        for label in labels:
            field = QLineEdit(names.get(label, label))
            field.setAccessibleName(f"Name for {label}")
            form.addRow(label, field)
            self.fields[label] = field
        if len(self.fields) == 2:
            # Diarization often gets who-is-who backwards; one click puts it right.
            self.swap_button = QPushButton("Swap the two speakers")
            self.swap_button.setAccessibleName("Swap the two speakers")
            self.swap_button.clicked.connect(self.swap)
            form.addRow(self.swap_button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def swap(self) -> None:
        """Exchange the names of the two speakers."""
        first, second = self.fields.values()
        text = first.text()
        first.setText(second.text())
        second.setText(text)

    def names(self) -> dict[str, str]:
        """Label → display name as entered."""
        return {label: field.text().strip() for label, field in self.fields.items()}
