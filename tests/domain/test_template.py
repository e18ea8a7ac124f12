from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from sipdesk.domain.errors import DomainError, ValidationError
from sipdesk.domain.template import (
    ActionColumn,
    PlanTemplate,
    TemplateNotFound,
    TemplateRegistry,
    TemplateSection,
    default_template,
    default_template_text,
    load_template_file,
    parse_template,
    parse_template_text,
    registry_from_directory,
)

REPO = Path(__file__).resolve().parents[2]
UPPSALA = REPO / "resources" / "templates" / "uppsala.json"

COLUMNS = [
    {"key": "goal", "title": "Mål"},
    {"key": "action", "title": "Insats"},
    {"key": "organisation", "title": "Ansvarig organisation"},
    {"key": "person", "title": "Ansvarig person"},
    {"key": "due", "title": "När"},
]


def minimal(**changes: object) -> dict:
    data = {
        "id": "test",
        "version": 1,
        "name": "Testmall",
        "sections": [{"key": "current_situation", "title": "Nuläge", "help": "Hur är det nu?"}],
        "action_columns": copy.deepcopy(COLUMNS),
    }
    data.update(changes)
    return data


def refusal(data: object) -> str:
    with pytest.raises(ValidationError) as caught:
        parse_template(data)
    assert caught.value.field == "template"
    return caught.value.message


class TestDefaultTemplate:
    def test_parses(self):
        template = default_template()
        assert (template.id, template.version, template.name) == ("standard", 1, "Standardmall SIP")

    def test_sections_in_order(self):
        keys = default_template().section_keys
        assert keys[:7] == (
            "question",
            "current_situation",
            "child_voice",
            "long_term_wish",
            "strengths",
            "obstacles",
            "goals",
        )
        # Disagreements and the child's part next time come later in the document.
        assert keys.index("disagreements") > keys.index("goals")
        assert keys.index("child_participation_next") > keys.index("goals")

    def test_titles(self):
        template = default_template()
        assert template.section("child_voice").title == "Barnets röst – Vad är viktigt för dig?"
        assert template.section("disagreements").title == "Oenigheter"
        assert template.section("child_participation_next").title == (
            "Barnets delaktighet nästa gång"
        )

    def test_every_section_has_help_text(self):
        assert all(section.help for section in default_template().sections)

    def test_action_columns(self):
        template = default_template()
        assert [c.key for c in template.action_columns] == [
            "need",
            "goal",
            "action",
            "organisation",
            "person",
            "due",
        ]
        assert template.column_title("organisation") == "Ansvarig organisation"
        assert template.column_title("nothing") is None

    def test_text_is_the_packaged_json(self):
        data = json.loads(default_template_text())
        assert parse_template(data) == default_template()

    def test_unknown_section_raises_key_error(self):
        with pytest.raises(KeyError):
            default_template().section("nonsense")


class TestRegionTemplate:
    def test_uppsala_headings(self):
        template = load_template_file(UPPSALA)
        assert template.id == "uppsala"
        assert [s.title for s in template.sections] == [
            "Nuläge",
            "Önskemål på lång sikt",
            "Resurser",
            "Hinder",
            "Delmål",
        ]

    def test_every_shipped_region_template_is_valid(self):
        paths = sorted((REPO / "resources" / "templates").glob("*.json"))
        assert paths
        for path in paths:
            load_template_file(path)


class TestParseRefused:
    def test_not_an_object(self):
        assert "JSON-objekt" in refusal(["sections"])

    @pytest.mark.parametrize("version", ["1", 1.0, True, 0, None])
    def test_version_must_be_positive_int(self, version):
        assert refusal(minimal(version=version)).startswith("Mallens version ska vara ett heltal")

    def test_missing_id_and_name(self):
        assert refusal(minimal(id="")) == "Mallen saknar id."
        assert refusal(minimal(name="  ")) == "Mallen saknar namn."

    def test_id_must_be_plain(self):
        assert "små bokstäver" in refusal(minimal(id="Region Uppsala"))

    def test_no_sections(self):
        assert "minst en rubrik" in refusal(minimal(sections=[]))

    def test_empty_section_title(self):
        data = minimal(sections=[{"key": "goals", "title": " "}])
        assert refusal(data) == "Rubrik 1: rubriken ”goals” saknar rubriktext (title)."

    def test_section_title_must_be_text(self):
        data = minimal(sections=[{"key": "goals", "title": 5}])
        assert "ska vara text" in refusal(data)

    def test_duplicate_section_keys(self):
        data = minimal(
            sections=[{"key": "goals", "title": "Delmål"}, {"key": "goals", "title": "Mål"}]
        )
        assert refusal(data) == (
            "Två rubriker har samma nyckel ”goals”. Varje nyckel får bara finnas en gång."
        )

    def test_bad_section_key(self):
        data = minimal(sections=[{"key": "nuläge", "title": "Nuläge"}])
        assert refusal(data).startswith("Rubrik 1: nyckeln ”nuläge” får bara innehålla")

    def test_help_must_be_text(self):
        data = minimal(sections=[{"key": "goals", "title": "Delmål", "help": ["x"]}])
        assert refusal(data) == "Rubrik 1: hjälptexten ska vara text."

    def test_missing_required_columns_named(self):
        columns = [c for c in COLUMNS if c["key"] not in ("person", "due")]
        message = refusal(minimal(action_columns=columns))
        assert message.startswith("Mallen saknar kolumnerna person, due.")

    def test_unknown_column(self):
        columns = [*COLUMNS, {"key": "cost", "title": "Kostnad"}]
        assert refusal(minimal(action_columns=columns)).startswith(
            "Kolumn 6: ”cost” finns inte i planens insatsrader."
        )

    def test_duplicate_columns(self):
        columns = [*COLUMNS, {"key": "goal", "title": "Delmål"}]
        assert "Två kolumner har samma nyckel ”goal”" in refusal(minimal(action_columns=columns))

    def test_column_not_an_object(self):
        assert "ska vara ett objekt" in refusal(minimal(action_columns=["goal"]))


class TestParseAccepted:
    def test_minimal(self):
        template = parse_template(minimal())
        assert template == PlanTemplate(
            "test",
            1,
            "Testmall",
            (TemplateSection("current_situation", "Nuläge", "Hur är det nu?"),),
            tuple(ActionColumn(c["key"], c["title"]) for c in COLUMNS),
        )

    def test_help_optional(self):
        data = minimal(sections=[{"key": "goals", "title": "Delmål"}])
        assert parse_template(data).sections[0].help == ""

    def test_round_trip(self):
        for template in (default_template(), parse_template(minimal())):
            assert parse_template(template.to_dict()) == template

    def test_template_is_immutable(self):
        with pytest.raises(AttributeError):
            default_template().version = 2  # type: ignore[misc]


class TestFiles:
    def test_bad_json_names_line(self):
        with pytest.raises(ValidationError) as caught:
            parse_template_text('{\n  "id": "x",\n  "version": 1,,\n}')
        assert caught.value.message.startswith("Mallen är inte giltig JSON: fel på rad 3")

    def test_file_errors_name_the_file(self, tmp_path):
        path = tmp_path / "norrtalje.json"
        path.write_text(json.dumps(minimal(version="2")), encoding="utf-8")
        with pytest.raises(ValidationError) as caught:
            load_template_file(path)
        assert caught.value.message.startswith("norrtalje.json: Mallens version")

    def test_not_utf8(self, tmp_path):
        path = tmp_path / "latin1.json"
        path.write_bytes(json.dumps(minimal(name="Nuläge"), ensure_ascii=False).encode("latin-1"))
        with pytest.raises(ValidationError) as caught:
            load_template_file(path)
        assert "UTF-8" in caught.value.message

    def test_missing_file(self, tmp_path):
        with pytest.raises(ValidationError) as caught:
            load_template_file(tmp_path / "saknas.json")
        assert "kunde inte läsas" in caught.value.message

    def test_registry_from_directory(self, tmp_path):
        (tmp_path / "a.json").write_text(json.dumps(minimal()), encoding="utf-8")
        (tmp_path / "b.json").write_text(json.dumps(minimal(version=2)), encoding="utf-8")
        registry = registry_from_directory(tmp_path)
        assert registry.ids() == ["standard", "test"]
        assert registry.versions("test") == [1, 2]
        assert len(registry_from_directory(tmp_path, include_default=False)) == 2


class TestRegistry:
    def versions(self) -> tuple[PlanTemplate, PlanTemplate]:
        v1 = parse_template(minimal())
        v2_data = minimal(version=2)
        v2_data["sections"].append({"key": "goals", "title": "Delmål"})
        return v1, parse_template(v2_data)

    def test_old_plan_gets_its_own_version(self, world):
        v1, v2 = self.versions()
        registry = TemplateRegistry([v2, v1])
        plan = world.plan()
        plan.template_id, plan.template_version = "test", 1
        assert registry.for_plan(plan) is v1
        assert registry.for_plan(plan).section_keys == ("current_situation",)
        assert registry.get("test", 2) is v2
        assert registry.latest("test") is v2

    def test_unknown_version(self):
        registry = TemplateRegistry(self.versions())
        with pytest.raises(TemplateNotFound) as caught:
            registry.get("test", 3)
        assert isinstance(caught.value, LookupError) and isinstance(caught.value, DomainError)
        assert str(caught.value).startswith("Mallen ”test” version 3 finns inte.")
        with pytest.raises(TemplateNotFound):
            registry.latest("uppsala")

    def test_same_version_with_other_content_refused(self):
        v1, _v2 = self.versions()
        changed = parse_template(minimal(name="Ändrad"))
        registry = TemplateRegistry([v1])
        with pytest.raises(ValidationError) as caught:
            registry.add(changed)
        assert "nytt versionsnummer" in caught.value.message
        assert registry.get("test", 1) is v1

    def test_adding_identical_template_again_is_harmless(self):
        v1, _v2 = self.versions()
        registry = TemplateRegistry([v1, parse_template(minimal())])
        assert len(registry) == 1

    def test_contains_and_iterates_in_order(self):
        v1, v2 = self.versions()
        registry = TemplateRegistry([v2, default_template(), v1])
        assert ("test", 2) in registry and ("test", 3) not in registry
        assert [(t.id, t.version) for t in registry] == [("standard", 1), ("test", 1), ("test", 2)]
