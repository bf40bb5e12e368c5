/** English messages: the dataset's version (footer, downloads, citation) and the notice on a link made with older data. ICU message syntax. */
export const versionMessages = {
  "version.line": "Data version {version} · last updated {date}",
  "version.lineUndated": "Data version {version}",
  "version.csvVersion": "Data version",
  "version.csvUpdated": "Data last updated",
  "notice.not_a_version": "data version “{value}” is not a version; showing today's data",
  "version.changed.title": "The data has changed since this link was made.",
  "version.changed.versions":
    "The link was made with data version {pinned}; this page shows today's data, version {current} (last updated {date}).",
  "version.changed.counts":
    "{added, plural, one {# figure added} other {# figures added}}, {changed, plural, one {# changed} other {# changed}}, {removed, plural, one {# removed} other {# removed}}.",
  "version.changed.unknown":
    "Version {pinned} is not one this page knows, so it cannot say what changed: the figures below are today's.",
  "version.changed.show": "Show what changed",
  "version.changed.added": "Added ({count})",
  "version.changed.changed": "Changed ({count})",
  "version.changed.removed": "Removed ({count})",
  "version.changed.item.added": "Added: {name}",
  "version.changed.item.changed": "Changed: {name}",
  "version.changed.item.removed": "Removed: {name}",
  "version.kind.stated": "{name} (stated as “{stated}”)",
  "version.kind.named":
    "{direction, select, exports {Product named among exports to the U.S.} other {Product named among imports from the U.S.}}: {name}",
  "version.kind.company": "Company: {name}",
  "version.kind.milestone": "Milestone: {title}, {date}",
  "version.kind.source": "Source: {publisher}, “{title}”, {date}",
} as const;
