"""Planning-document templates: the sections and action columns of a plan.

Regions write their plans differently (Uppsala: Nuläge, Önskemål på lång
sikt, Resurser, Hinder, Delmål; others rows of behov, mål, insats, ansvarig,
när), so the document is data, not widgets. A plan records the template id
and version it was written with, and the registry keeps every version so an
old plan always renders exactly as it was written.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from sipdesk.domain.entities import Plan
from sipdesk.domain.errors import DomainError, ValidationError

FIELD = "template"

# Action columns map onto PlanAction's fields, so no others can be stored.
ACTION_COLUMN_KEYS = ("need", "goal", "action", "organisation", "person", "due")
REQUIRED_ACTION_COLUMNS = ("goal", "action", "organisation", "person", "due")

# Keys end up as database keys of plan sections; keep them plain and stable.
_KEY = re.compile(r"^[a-z][a-z0-9_]*$")


class TemplateNotFound(DomainError, LookupError):
    """No template with that id and version is known."""


@dataclass(frozen=True)
class TemplateSection:
    key: str
    title: str
    help: str = ""


@dataclass(frozen=True)
class ActionColumn:
    key: str
    title: str


@dataclass(frozen=True)
class PlanTemplate:
    id: str
    version: int
    name: str
    sections: tuple[TemplateSection, ...]
    action_columns: tuple[ActionColumn, ...]

    @property
    def section_keys(self) -> tuple[str, ...]:
        return tuple(s.key for s in self.sections)

    def section(self, key: str) -> TemplateSection:
        for section in self.sections:
            if section.key == key:
                return section
        raise KeyError(key)

    def column_title(self, key: str) -> str | None:
        return next((c.title for c in self.action_columns if c.key == key), None)

    def to_dict(self) -> dict[str, object]:
        """The JSON form; parse_template(t.to_dict()) == t."""
        return {
            "id": self.id,
            "version": self.version,
            "name": self.name,
            "sections": [
                {"key": s.key, "title": s.title, **({"help": s.help} if s.help else {})}
                for s in self.sections
            ],
            "action_columns": [{"key": c.key, "title": c.title} for c in self.action_columns],
        }


def parse_template(data: object) -> PlanTemplate:
    """A validated PlanTemplate from parsed JSON; ValidationError names the first problem."""
    if not isinstance(data, Mapping):
        raise ValidationError(
            "Mallen ska vara ett JSON-objekt med id, version och namn.", field=FIELD
        )
    template_id = _text(data, "id", "Mallen saknar id.")
    if not _KEY.match(template_id):
        raise ValidationError(
            f"Mallens id ”{template_id}” får bara innehålla små bokstäver a–z, siffror och "
            "understreck, och ska börja med en bokstav.",
            field=FIELD,
        )
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValidationError(
            f"Mallens version ska vara ett heltal från 1 och uppåt, inte {version!r}.", field=FIELD
        )
    name = _text(data, "name", "Mallen saknar namn.")
    sections = _parse_sections(data.get("sections"))
    columns = _parse_columns(data.get("action_columns"))
    return PlanTemplate(template_id, version, name, sections, columns)


def parse_template_text(text: str) -> PlanTemplate:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValidationError(
            f"Mallen är inte giltig JSON: fel på rad {error.lineno}, kolumn {error.colno}.",
            field=FIELD,
        ) from None
    return parse_template(data)


def load_template_file(path: str | Path) -> PlanTemplate:
    """A template from a JSON file, such as a region's own in resources/templates/."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ValidationError(
            f"Mallfilen {path.name} ska vara sparad som UTF-8.", field=FIELD
        ) from None
    except OSError:
        raise ValidationError(f"Mallfilen {path} kunde inte läsas.", field=FIELD) from None
    try:
        return parse_template_text(text)
    except ValidationError as error:
        raise ValidationError(f"{path.name}: {error.message}", field=FIELD) from None


def default_template_text() -> str:
    """The JSON of the built-in template, shipped inside the package."""
    source = resources.files("sipdesk.domain").joinpath("templates", "default.json")
    return source.read_text(encoding="utf-8")


def default_template() -> PlanTemplate:
    return parse_template_text(default_template_text())


class TemplateRegistry:
    """Every known version of every template, so each plan finds its own."""

    def __init__(self, templates: Iterable[PlanTemplate] = ()) -> None:
        self._templates: dict[tuple[str, int], PlanTemplate] = {}
        for template in templates:
            self.add(template)

    def add(self, template: PlanTemplate) -> None:
        """Register a template; an id and version once known may never change content."""
        key = (template.id, template.version)
        known = self._templates.get(key)
        if known is not None and known != template:
            raise ValidationError(
                f"Mallen ”{template.id}” version {template.version} finns redan med annat "
                "innehåll. Ge den ändrade mallen ett nytt versionsnummer, så att gamla planer "
                "visas som de skrevs.",
                field=FIELD,
            )
        self._templates[key] = template

    def get(self, template_id: str, version: int) -> PlanTemplate:
        try:
            return self._templates[(template_id, version)]
        except KeyError:
            raise TemplateNotFound(
                f"Mallen ”{template_id}” version {version} finns inte. Planen skrevs med den; "
                "lägg tillbaka mallfilen för att kunna visa planen."
            ) from None

    def for_plan(self, plan: Plan) -> PlanTemplate:
        """Exactly the template version the plan was written with."""
        return self.get(plan.template_id, plan.template_version)

    def latest(self, template_id: str) -> PlanTemplate:
        versions = self.versions(template_id)
        if not versions:
            raise TemplateNotFound(f"Mallen ”{template_id}” finns inte.")
        return self._templates[(template_id, versions[-1])]

    def versions(self, template_id: str) -> list[int]:
        return sorted(v for (tid, v) in self._templates if tid == template_id)

    def ids(self) -> list[str]:
        return sorted({tid for (tid, _v) in self._templates})

    def __contains__(self, key: object) -> bool:
        return key in self._templates

    def __iter__(self) -> Iterator[PlanTemplate]:
        return iter(sorted(self._templates.values(), key=lambda t: (t.id, t.version)))

    def __len__(self) -> int:
        return len(self._templates)


def registry_from_directory(
    directory: str | Path, include_default: bool = True
) -> TemplateRegistry:
    """The built-in template plus every *.json template in `directory`."""
    registry = TemplateRegistry([default_template()] if include_default else [])
    for path in sorted(Path(directory).glob("*.json")):
        registry.add(load_template_file(path))
    return registry


def _text(data: Mapping[str, object], name: str, missing: str, where: str = "") -> str:
    value = data.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError(missing, field=FIELD)
    if not isinstance(value, str):
        raise ValidationError(f"{where}”{name}” ska vara text.", field=FIELD)
    return value.strip()


def _parse_sections(raw: object) -> tuple[TemplateSection, ...]:
    if not isinstance(raw, list) or not raw:
        raise ValidationError("Mallen ska ha minst en rubrik under ”sections”.", field=FIELD)
    sections: list[TemplateSection] = []
    for number, item in enumerate(raw, start=1):
        where = f"Rubrik {number}: "
        key, title = _key_and_title(item, where, "rubriken")
        help_text = item.get("help", "")
        if not isinstance(help_text, str):
            raise ValidationError(f"{where}hjälptexten ska vara text.", field=FIELD)
        sections.append(TemplateSection(key, title, help_text.strip()))
    _refuse_duplicates([s.key for s in sections], "rubriker")
    return tuple(sections)


def _parse_columns(raw: object) -> tuple[ActionColumn, ...]:
    if not isinstance(raw, list) or not raw:
        raise ValidationError(
            "Mallen ska ha kolumner för insatserna under ”action_columns”.", field=FIELD
        )
    columns: list[ActionColumn] = []
    for number, item in enumerate(raw, start=1):
        key, title = _key_and_title(item, f"Kolumn {number}: ", "kolumnen")
        if key not in ACTION_COLUMN_KEYS:
            raise ValidationError(
                f"Kolumn {number}: ”{key}” finns inte i planens insatsrader. "
                f"Möjliga kolumner: {', '.join(ACTION_COLUMN_KEYS)}.",
                field=FIELD,
            )
        columns.append(ActionColumn(key, title))
    keys = [c.key for c in columns]
    _refuse_duplicates(keys, "kolumner")
    missing = [k for k in REQUIRED_ACTION_COLUMNS if k not in keys]
    if missing:
        raise ValidationError(
            f"Mallen saknar kolumnerna {', '.join(missing)}. Varje insats måste ha mål, insats, "
            "ansvarig organisation, ansvarig person och när.",
            field=FIELD,
        )
    return tuple(columns)


def _key_and_title(item: object, where: str, noun: str) -> tuple[str, str]:
    if not isinstance(item, Mapping):
        raise ValidationError(f"{where}ska vara ett objekt med key och title.", field=FIELD)
    key = _text(item, "key", f"{where}nyckel (key) saknas.", where)
    if not _KEY.match(key):
        raise ValidationError(
            f"{where}nyckeln ”{key}” får bara innehålla små bokstäver a–z, siffror och "
            "understreck, och ska börja med en bokstav.",
            field=FIELD,
        )
    title = _text(item, "title", f"{where}{noun} ”{key}” saknar rubriktext (title).", where)
    return key, title


def _refuse_duplicates(keys: list[str], noun: str) -> None:
    seen: set[str] = set()
    for key in keys:
        if key in seen:
            raise ValidationError(
                f"Två {noun} har samma nyckel ”{key}”. Varje nyckel får bara finnas en gång.",
                field=FIELD,
            )
        seen.add(key)
