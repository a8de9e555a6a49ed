package fr.mesinfos.personal.home;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.mesinfos.personal.vault.VaultModels.CategorySummary;
import fr.mesinfos.personal.web.CategoryView;

/** What the platform holds about the person, by partner then category, with counts and time spans. */
public record Holdings(List<Partner> partners, long total) {

    public record Partner(String name, List<Row> rows, long count) {
    }

    public record Row(CategoryView category, long count, Instant first, Instant last) {
    }

    public static Holdings of(List<CategorySummary> summary, Locale locale) {
        Map<String, List<Row>> byPartner = new LinkedHashMap<>();
        long total = 0;
        for (CategorySummary line : summary) {
            var view = CategoryView.of(line.category(), locale);
            if (view.isEmpty() || line.count() == 0) {
                continue;
            }
            byPartner.computeIfAbsent(view.get().partnerName(), k -> new ArrayList<>())
                    .add(new Row(view.get(), line.count(), line.first(), line.last()));
            total += line.count();
        }
        List<Partner> partners = byPartner.entrySet().stream()
                .map(e -> new Partner(e.getKey(), e.getValue(), e.getValue().stream().mapToLong(Row::count).sum()))
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .toList();
        return new Holdings(partners, total);
    }

    public boolean empty() {
        return partners.isEmpty();
    }
}
