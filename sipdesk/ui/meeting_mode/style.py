"""The look of meeting mode's editor, from the palette in sipdesk.ui.theme."""

from __future__ import annotations

from sipdesk.ui import theme as t


def editor_style() -> str:
    """Built when the editor is, so its sizes follow the text size chosen in settings."""
    return f"""
#ProtocolTitle {{ {t.font_size(17, "px")} font-weight: 600; }}
#ProtocolOpening {{ {t.font_size(15, "px")} color: {t.MUTED}; }}
#SaveStatus {{ color: {t.OK_INK}; {t.font_size(11, "px")} }}
#ProtocolForm {{ background: {t.WINDOW}; }}
#ProtocolPart {{ background: {t.PANEL}; border: 1px solid {t.BORDER}; border-radius: 8px; }}
#ProtocolPart[current="true"] {{ border: 2px solid {t.CURRENT}; background: {t.WARNING_FILL}; }}
#PartHeading {{ {t.font_size(15, "px")} font-weight: 700; color: {t.HEADING}; }}
#PartHelp {{ color: {t.MUTED}; }}
#InternalToggle {{ color: {t.WARNING_INK}; border: none; padding: 2px 0; }}
QPlainTextEdit[internal="true"] {{ background: {t.WARNING_FILL};
                                   border: 1px dashed {t.CURRENT}; }}
#CalmWarning {{ color: {t.WARNING_INK}; background: {t.WARNING_FILL}; padding: 6px;
               border-radius: 4px; }}
#AgendaPanel {{ background: {t.WINDOW}; border-right: 1px solid {t.BORDER}; }}
#AgendaPartsArea, #AgendaParts {{ background: transparent; border: none; }}
#AgendaCaption {{ font-weight: 700; color: {t.MUTED}; text-transform: uppercase; }}
#AgendaClock {{ {t.font_size(40, "px")} font-weight: 700; color: {t.STRONG}; }}
#AgendaElapsed {{ color: {t.MUTED}; }}
#AgendaStatus {{ color: {t.OK_INK}; font-weight: 600; }}
#AgendaStatus[over="true"] {{ color: {t.WARNING_INK}; background: {t.WARNING_FILL};
                             padding: 4px; border-radius: 4px; }}
#AgendaPart {{ padding: 4px 6px; border-radius: 4px; color: {t.INK}; }}
#AgendaPart[current="true"] {{ background: {t.CURRENT_FILL}; font-weight: 700;
                              border-left: 4px solid {t.CURRENT}; }}
"""
