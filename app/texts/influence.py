"""Words for the influence network's metrics: one plain sentence each, for tooltips and the report."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXT = {
    "influence.explain.in_strength": QT_TRANSLATE_NOOP(
        "Msg", "How much this member was moved by others: the weight of all arrows pointing at them."),
    "influence.explain.out_strength": QT_TRANSLATE_NOOP(
        "Msg", "How much this member moved others: the weight of all arrows leaving them."),
    "influence.explain.pagerank": QT_TRANSLATE_NOOP(
        "Msg", "High when this member moved people who in turn moved others."),
    "influence.explain.eigenvector": QT_TRANSLATE_NOOP(
        "Msg", "Like PageRank without random jumps: influence that reaches other influential members."),
    "influence.explain.betweenness": QT_TRANSLATE_NOOP(
        "Msg", "How often this member lies on the strongest chain of influence between two others, like a bridge between camps."),
    "influence.explain.reciprocity": QT_TRANSLATE_NOOP(
        "Msg", "The share of this member's influence links that go both ways."),
    "influence.explain.persuasion": QT_TRANSLATE_NOOP(
        "Msg", "How much closer, on average, the others came to this member's opinion after rounds in which the member spoke or was named."),
    "influence.explain.movement": QT_TRANSLATE_NOOP(
        "Msg", "How far this member's own opinion travelled from check to check."),
    "influence.explain.flips": QT_TRANSLATE_NOOP(
        "Msg", "How many times this member changed between guilty, not guilty and undecided."),
    "influence.explain.talk": QT_TRANSLATE_NOOP(
        "Msg", "How long this member spoke in deliberation, in seconds."),
    "influence.explain.judges_share": QT_TRANSLATE_NOOP(
        "Msg", "The part of all influence on the jurors that came from the judges."),
    "influence.explain.judges_seat_share": QT_TRANSLATE_NOOP(
        "Msg", "The part of the deliberating panel the judges make up; compare it with their share of influence."),
    "influence.explain.overall_reciprocity": QT_TRANSLATE_NOOP(
        "Msg", "The share of all influence links that went both ways."),
    "influence.explain.never_moved": QT_TRANSLATE_NOOP(
        "Msg", "Members who gave at least two stances and never changed them."),
    "influence.explain.never_spoke": QT_TRANSLATE_NOOP(
        "Msg", "Members of the panel who did not speak in any round."),
    "influence.explain.talk_gini": QT_TRANSLATE_NOOP(
        "Msg", "How unequally talk time was shared: 0 when all spoke equally, near 1 when one voice took it all."),
    "influence.explain.mean_opinion": QT_TRANSLATE_NOOP(
        "Msg", "The panel's average opinion, from -1 (sure not guilty) to +1 (sure guilty)."),
    "influence.explain.polarization": QT_TRANSLATE_NOOP(
        "Msg", "How far apart opinions were: the larger, the more the panel stood in distant camps."),
    "influence.explain.bimodality": QT_TRANSLATE_NOOP(
        "Msg", "In a full panel, a value above 0.555 means the opinions form two separate camps rather than one crowd."),
    "influence.explain.consensus": QT_TRANSLATE_NOOP(
        "Msg", "The share of members holding the most common stance."),
}
