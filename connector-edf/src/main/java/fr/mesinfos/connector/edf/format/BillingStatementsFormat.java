package fr.mesinfos.connector.edf.format;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mesinfos.connector.ingest.Mapped;
import fr.mesinfos.connector.ingest.PartnerFormat;
import fr.mesinfos.connector.ingest.RecordErrors;
import fr.mesinfos.events.ParisTime;
import fr.mesinfos.events.payload.DailyConsumption;

/**
 * EDF billing consumption statements (consommation_electrique.json: kWh between two meter readings). EDF names the
 * contract, not the meter, so the partner adds the PRM as usagePointId.
 */
@ApplicationScoped
public class BillingStatementsFormat implements PartnerFormat {
    private static final BigDecimal WH_PER_KWH = BigDecimal.valueOf(1000);
    private static final Map<String, DailyConsumption.ReadingType> TYPES = Map.of(
            "REEL", DailyConsumption.ReadingType.MEASURED, "ESTIME", DailyConsumption.ReadingType.ESTIMATED);

    @Override
    public String name() {
        return "billing-statements";
    }

    @Override
    public String description() {
        return "EDF billing consumption statements (ConsumpionStatement: kWh from one meter reading to the next),"
                + " with the meter's PRM added as usagePointId";
    }

    @Override
    public List<Mapped> map(JsonNode record, RecordErrors errors) {
        Fields f = new Fields(errors);
        // the same EDF export mixes Edelia's monthly estimates in; they are not billing statements (no canonical
        // category holds them): refused by name rather than half-mapped
        String category = f.text(record, "", "statementCategory", false);
        if ("edelia".equals(category)) {
            f.error("/statementCategory", "must not be edelia: Edelia monthly estimates are not billing statements and"
                    + " MesInfos has no category for them");
            return List.of();
        }
        // sic: EDF's konnector writes ConsumpionStatement
        f.expect(record, "", "docType", false, "ConsumpionStatement", "this format maps EDF billing statements only");
        String prm = f.prm(record, "", "usagePointId");
        f.digits(record, "", "contractNumber", true, 6, 20);
        f.digits(record, "", "billNumber", false, 6, 20);
        LocalDate from = f.date(record, "", "start", true);
        // end is the day of the closing meter reading, inclusive: the next statement starts the day after
        LocalDate to = f.date(record, "", "end", true);
        if (from != null && to != null && to.isBefore(from)) {
            f.error("/end", "must not be before start");
        }
        BigDecimal kwh = f.quantity(f.decimal(record, "", "value", true), "/value");
        DailyConsumption.ReadingType type = f.code(record, "", "statementType", true, TYPES);
        if (f.hasErrors()) {
            return List.of();
        }
        return List.of(new Mapped(prm, new DailyConsumption(prm, from, ParisTime.startOfDay(from),
                ParisTime.startOfDay(to.plusDays(1)), kwh.multiply(WH_PER_KWH).doubleValue(),
                DailyConsumption.Origin.EDF_BILLING_STATEMENT, type)));
    }
}
