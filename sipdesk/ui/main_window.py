"""The coordinator's main window (a placeholder until the case board lands)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sipdesk.domain.enums import Stage


class MainWindow(QMainWindow):
    def __init__(self, ws, parent=None):
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.setWindowTitle("sipdesk – SIP-samordning")
        self._ws = ws
        central = QWidget()
        layout = QVBoxLayout(central)
        heading = QLabel("Ärenden per steg")
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        layout.addWidget(heading)
        self.stage_table = QTableWidget(len(Stage), 2)
        self.stage_table.setObjectName("StageOverview")
        self.stage_table.setHorizontalHeaderLabels(["Steg", "Ärenden"])
        self.stage_table.verticalHeader().hide()
        self.stage_table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.stage_table)
        self.setCentralWidget(central)
        self.resize(900, 600)
        self.refresh()

    def refresh(self) -> None:
        counts = {stage: 0 for stage in Stage}
        for summary in self._ws.cases.summaries():
            counts[summary.stage] += 1
        for row, stage in enumerate(Stage):
            name = QTableWidgetItem(f"{int(stage)}. {stage.label}")
            count = QTableWidgetItem(str(counts[stage]))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.stage_table.setItem(row, 0, name)
            self.stage_table.setItem(row, 1, count)
        self.stage_table.resizeColumnToContents(0)

    def surfaces(self) -> dict[str, QWidget]:
        """The main surfaces by objectName, for the self-test and accessibility tools."""
        return {"MainWindow": self}
