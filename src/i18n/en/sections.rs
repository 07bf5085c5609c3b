use crate::i18n::sections::Sections;

pub(crate) const SECTIONS: Sections = Sections {
    list_sep: ", ",
    label_sep: ": ",
    bullet: "- ",
    outcome_sep: ", ",
    weighted: |label, weight| format!("{label} (weight {weight})"),
    weight_change: None,
    weight_scale: None,
    org_and_role: |org, role| format!("{role}, {org}"),
    annotated: |name, about| format!("{name} ({about})"),
    lasted: |days| {
        if days == 1 {
            "(the meeting lasted one day)".to_string()
        } else {
            format!("(the meeting lasted {days} days)")
        }
    },
    outcome_kind: |kind| kind.to_string(),
    outcome_status: |status| status.to_string(),
    more: |n| format!("and {n} more"),
};
