/** Azerbaijani (Latin) messages: the dataset's version (footer, downloads, citation) and the notice on a link made with older data. ICU message syntax. */
import type { versionMessages as english } from "./en-version";

export const versionMessages = {
  "version.line": "Məlumat versiyası {version} · son yenilənmə {date}",
  "version.lineUndated": "Məlumat versiyası {version}",
  "version.csvVersion": "Məlumat versiyası",
  "version.csvUpdated": "Məlumatın son yenilənməsi",
  "notice.not_a_version": "məlumat versiyası “{value}” düzgün versiya deyil; bugünkü məlumatlar göstərilir",
  "version.changed.title": "Bu keçid yaradılandan bəri məlumatlar dəyişib.",
  "version.changed.versions":
    "Keçid {pinned} məlumat versiyası ilə yaradılıb; bu səhifə bugünkü məlumatları göstərir: versiya {current} (son yenilənmə {date}).",
  "version.changed.counts":
    "{added, plural, one {# göstərici əlavə olunub} other {# göstərici əlavə olunub}}, {changed, plural, one {# dəyişib} other {# dəyişib}}, {removed, plural, one {# çıxarılıb} other {# çıxarılıb}}.",
  "version.changed.unknown":
    "{pinned} versiyası bu səhifəyə məlum deyil, ona görə nəyin dəyişdiyini demək mümkün deyil: aşağıdakı göstəricilər bugünkülərdir.",
  "version.changed.show": "Nəyin dəyişdiyini göstər",
  "version.changed.added": "Əlavə olunub ({count})",
  "version.changed.changed": "Dəyişib ({count})",
  "version.changed.removed": "Çıxarılıb ({count})",
  "version.changed.item.added": "Əlavə olunub: {name}",
  "version.changed.item.changed": "Dəyişib: {name}",
  "version.changed.item.removed": "Çıxarılıb: {name}",
  "version.kind.stated": "{name} (mənbədə: “{stated}”)",
  "version.kind.named":
    "{direction, select, exports {ABŞ-a ixracda adı çəkilən məhsul} other {ABŞ-dan idxalda adı çəkilən məhsul}}: {name}",
  "version.kind.company": "Şirkət: {name}",
  "version.kind.milestone": "Mühüm hadisə: {title}, {date}",
  "version.kind.source": "Mənbə: {publisher}, “{title}”, {date}",
} as const satisfies Record<keyof typeof english, string>;
