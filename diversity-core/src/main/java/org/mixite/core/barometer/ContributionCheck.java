package org.mixite.core.barometer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.mixite.core.indicators.composition.SexTally;

/**
 * Whether a contribution's counts add up: every stock breakdown to the stock total, the flows
 * by family and the exits by reason to the flow totals, each family's exits by reason to its
 * exits. Headcounts must add up exactly; FTE to within the rounding of its cells (each cell's
 * FTE is rounded to 2 decimals, so n cells may differ from their rounded total by up to n × 0.005).
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ContributionCheck {

    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");

    private ContributionCheck() {
    }

    /** What does not add up, in words; empty when everything does. */
    public static List<String> problems(Contribution c) {
        List<String> out = new ArrayList<>();
        for (String name : Contribution.STOCK_BREAKDOWNS) {
            Map<String, SexTally> cells = c.stock().get(name);
            if (cells == null) {
                out.add("stock." + name + " is missing");
            } else {
                sum("stock." + name, cells, c.total(), out);
            }
        }
        Contribution.Flows f = c.flows();
        sum("flows.exitsByReason", f.exitsByReason(), f.exits(), out);
        Map<String, SexTally> hires = new java.util.LinkedHashMap<>();
        Map<String, SexTally> exits = new java.util.LinkedHashMap<>();
        Map<String, SexTally> promotions = new java.util.LinkedHashMap<>();
        f.byFamily().forEach((family, flows) -> {
            hires.put(family, flows.hires());
            exits.put(family, flows.exits());
            promotions.put(family, flows.promotions());
            sum("flows.byFamily." + family + ".exitsByReason", flows.exitsByReason(), flows.exits(), out);
        });
        sum("flows.byFamily.*.hires", hires, f.hires(), out);
        sum("flows.byFamily.*.exits", exits, f.exits(), out);
        sum("flows.byFamily.*.promotions", promotions, f.promotions(), out);
        negative("stock.total", c.total(), out);
        return out;
    }

    private static void sum(String name, Map<String, SexTally> cells, SexTally total, List<String> out) {
        SexTally sum = SexTally.EMPTY;
        for (Map.Entry<String, SexTally> cell : cells.entrySet()) {
            negative(name + "." + cell.getKey(), cell.getValue(), out);
            sum = sum.plus(cell.getValue());
        }
        if (sum.female() != total.female() || sum.male() != total.male() || sum.unknown() != total.unknown()) {
            out.add(name + " adds up to " + sum.female() + " women, " + sum.male() + " men, " + sum.unknown()
                    + " other/unknown, but its total is " + total.female() + ", " + total.male() + ", " + total.unknown());
        }
        BigDecimal tolerance = HALF_CENT.multiply(BigDecimal.valueOf(cells.size() + 1L));
        if (sum.fteFemale().subtract(total.fteFemale()).abs().compareTo(tolerance) > 0
                || sum.fteMale().subtract(total.fteMale()).abs().compareTo(tolerance) > 0) {
            out.add(name + " FTE adds up to " + sum.fteFemale() + " (women) and " + sum.fteMale() + " (men), but its total is "
                    + total.fteFemale() + " and " + total.fteMale());
        }
    }

    private static void negative(String name, SexTally t, List<String> out) {
        if (t.female() < 0 || t.male() < 0 || t.unknown() < 0 || t.fteFemale().signum() < 0 || t.fteMale().signum() < 0) {
            out.add(name + " has a negative count");
        }
    }
}
