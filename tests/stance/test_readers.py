"""FNC-1 and Emergent CSV readers: bad input is refused with the file and row named."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrail.errors import InputError
from claimtrail.stance.emergent import read_emergent, write_predictions
from claimtrail.stance.fnc1 import read_bodies, read_pairs, write_submission

BODIES = 'Body ID,articleBody\n1,"A body, with a comma\nand a line break"\n2,Another body\n'


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_pairs_join_their_bodies_in_file_order(tmp_path: Path) -> None:
    bodies_path = _write(tmp_path, "b.csv", BODIES)
    stances = _write(tmp_path, "s.csv", "Headline,Body ID,Stance\nH2,2,agree\nH1,1,unrelated\n")
    pairs = read_pairs(stances, read_bodies(bodies_path), bodies_path)
    assert [(p.headline, p.body_id, p.stance) for p in pairs] == [
        ("H2", "2", "agree"),
        ("H1", "1", "unrelated"),
    ]
    assert pairs[1].body.endswith("line break")


def test_unlabelled_pairs_have_no_stance(tmp_path: Path) -> None:
    bodies_path = _write(tmp_path, "b.csv", BODIES)
    stances = _write(tmp_path, "s.csv", "Headline,Body ID\nH1,1\n")
    assert read_pairs(stances, read_bodies(bodies_path), bodies_path)[0].stance is None


@pytest.mark.parametrize(
    ("stances_text", "message"),
    [
        ("Headline,Body ID\nH1,7\n", "row 1: Body ID '7' is not in"),
        ("Headline,Body ID\nH1,1\n,2\n", "row 2: empty headline"),
        ("Headline,Body ID,Stance\nH1,1,maybe\n", "row 1: unknown stance 'maybe'"),
        ("Headline,Body\nH1,1\n", "missing column(s) 'Body ID'"),
        ("Headline,Body ID\nH1,1,extra\n", "row 1: 3 fields, the header has 2"),
        ("", "is empty"),
    ],
)
def test_bad_stance_files_name_file_and_row(
    tmp_path: Path, stances_text: str, message: str
) -> None:
    bodies_path = _write(tmp_path, "b.csv", BODIES)
    stances = _write(tmp_path, "s.csv", stances_text)
    with pytest.raises(InputError, match="s.csv") as caught:
        read_pairs(stances, read_bodies(bodies_path), bodies_path)
    assert message in str(caught.value)


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_bodies(tmp_path / "absent.csv")


def test_submission_is_written_in_input_order_without_leftovers(tmp_path: Path) -> None:
    bodies_path = _write(tmp_path, "b.csv", BODIES)
    stances = _write(tmp_path, "s.csv", 'Headline,Body ID\n"H, 2",2\nH1,1\n')
    pairs = read_pairs(stances, read_bodies(bodies_path), bodies_path)
    out = tmp_path / "out.csv"
    write_submission(out, pairs, ["discuss", "agree"])
    assert out.read_text() == 'Headline,Body ID,Stance\n"H, 2",2,discuss\nH1,1,agree\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.csv", "out.csv", "s.csv"]


EMERGENT = (
    ",claimHeadline,articleHeadline,articleHeadlineStance,articleId,claimId\n"
    "0,Claim one,Headline one,for,a1,c1\n1,Claim one,Headline two,observing,a2,c1\n"
)


def test_emergent_rows_and_predictions_round_trip(tmp_path: Path) -> None:
    data = read_emergent(_write(tmp_path, "e.csv", EMERGENT))
    assert data.labelled and [r.claim_id for r in data.rows] == ["c1", "c1"]
    out = tmp_path / "pred.csv"
    write_predictions(out, data, ["against", "for"])
    lines = out.read_text().splitlines()
    assert lines[0].endswith(",claimId,predictedStance")
    assert lines[1] == "0,Claim one,Headline one,for,a1,c1,against"


def test_emergent_empty_claim_names_the_row(tmp_path: Path) -> None:
    bad = EMERGENT.replace("1,Claim one,Headline two", "1,,Headline two")
    with pytest.raises(InputError, match=r"e.csv: row 2: empty claim"):
        read_emergent(_write(tmp_path, "e.csv", bad))


def test_emergent_prediction_column_is_replaced_not_repeated(tmp_path: Path) -> None:
    first = tmp_path / "first.csv"
    write_predictions(first, read_emergent(_write(tmp_path, "e.csv", EMERGENT)), ["for", "for"])
    second = tmp_path / "second.csv"
    write_predictions(second, read_emergent(first), ["against", "observing"])
    lines = second.read_text().splitlines()
    assert lines[0].count("predictedStance") == 1 and lines[2].endswith(",c1,observing")
