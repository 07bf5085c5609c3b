use crate::i18n::detail::Detail;

pub(crate) const DETAIL: Detail = Detail {
    weight: "重要度",
    note: "注",
    kind: "種類",
    country: "国",
    date: "日付",
    place: "場所",
    topic: "トピック",
    precision: "精度",
    key: "キー（内部ID）",
    role: "役職・立場",
    organization: "所属",
    session: "セッション",
    day: "日",
    status: "状況",
    id: "ID",
    author: "著者",
    publisher: "発行",
    url: "URL",
    sources: "出典",
    exact: "正確な値",
    about: "概数（約）",
    over: "下限（〜以上）",
    under: "上限（〜未満）",
    notable: "資料の作者が注目した回",
    dated: |date| format!("（{date}）"),
    absent_from_partial: Some(|label, coverage| {
        format!("{label}の一覧には記載なし（不参加とは限らない）。{coverage}")
    }),
};
