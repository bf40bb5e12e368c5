/** Azerbaijani (Latin) messages: comparing two years (the "Compare with" filter, the lead, the panels' comparisons). ICU message syntax. */
import type { compareMessages as english } from "./en-compare";

export const compareMessages = {
  "filters.compare": "Müqayisə ili",
  "filters.compareNone": "Müqayisəsiz",
  "filters.compareOption": "{year} ilə",
  "notice.compare_not_a_year": "müqayisə ili “{value}” ({param}) il deyil; müqayisə göstərilmir",
  "notice.compare_out_of_range": "müqayisə ili {value} dəstəklənən aralıqdan kənardadır; müqayisə göstərilmir",
  "notice.compare_same_year": "müqayisə ili {value} göstərilən ilin özüdür; müqayisə göstərilmir",
  "notice.compare_conflict": "“{param}={value}” “year” və ya “vs” ilə birlikdə işlədilə bilməz; aralıq nəzərə alınmadı",
  "compare.heading": "{year}, {vs} ilə müqayisədə",
  "compare.change": "{direction, select, up {artım: {value}} down {azalma: {value}} other {dəyişməyib ({value})}}",
  "compare.changeName": "{measure}: dəyişiklik, {vs} → {year}",
  "compare.itemFull": "{measure}: {current} ({year}) və {previous} ({vs}); {change}.",
  "compare.itemPeriod": "{measure}, {period}: {current}, {vs} ilinin eyni aylarında isə {previous}; {change}.",
  "compare.itemNone": "{measure}: müqayisə edilmir: {reason}.",
  "compare.why.missing": "mənbələrdə {year} üzrə göstərici yoxdur",
  "compare.why.missingBoth": "mənbələrdə hər iki il üzrə göstərici yoxdur",
  "compare.why.noLikePeriod":
    "{year} üzrə yalnız {period} dövrünün göstəriciləri var, mənbələrdə isə {other} ilinin eyni ayları üzrə göstərici yoxdur (ilin bir hissəsi heç vaxt tam illə müqayisə edilmir)",
  "compare.why.qualified":
    "{period} üzrə göstərici yalnız “{stated}” kimi verilib, ona görə dəqiq dəyişiklik hesablana bilməz",
  "compare.why.basis": "iki göstərici fərqli statistik əsaslarla ölçülüb",
  "compare.primaryUsed":
    "Mənbələr fərqləndikdə (⚠) hər ilin əsas versiyası müqayisə olunur; bütün versiyaları görmək üçün göstəricini açın.",
  "compare.flow": "Birbaşa investisiya, {direction}",
  "compare.count": "ABŞ şirkətləri ({concept})",
  "compare.noCounts": "{year} və ya {vs} ilində tarixli şirkət sayı göstərilmir, ona görə saylar müqayisə edilmir.",
  "prov.formula.change": "({current} − {previous}) ÷ {previous} = {percent}; {current} − {previous} = {absolute}",
  "prov.formula.changeAbsolute": "{current} − {previous} = {absolute} (faiz yoxdur: əvvəlki dəyər 0-dır)",
  "lead.compareChange":
    "{year} üzrə Azərbaycan ilə ABŞ arasında mal ticarəti {turnover} təşkil edib; {vs} ili ilə müqayisədə ({previous}) {change}.",
  "lead.comparePeriod":
    "{period} dövründə dövriyyə {current} olub, {vs} ilinin eyni aylarında isə {previous}; {change}.",
  "lead.compareNone": "Dövriyyə {vs} ili ilə müqayisə edilmir: {reason}.",
} as const satisfies Record<keyof typeof english, string>;
