package org.mixite.core.information;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.core.indicators.paygap.PayLevel;

/**
 * The written answer of Art. 7 as plain text, in French or English. Deterministic: the same
 * answer gives the same text (the dates are the request's, never today's).
 */
@API(status = API.Status.EXPERIMENTAL)
public final class InformationLetter {

    private InformationLetter() {
    }

    /** The letter. */
    public static String text(InformationAnswer a, boolean french) {
        StringBuilder out = new StringBuilder();
        if (french) {
            out.append("Réponse à votre demande d'information sur les rémunérations (directive (UE) 2023/970, article 7)\n\n");
            line(out, true, "Salarié", a.request().employeeId());
            line(out, true, "Demande reçue le", date(a.request().requestDate(), true));
            line(out, true, "Réponse due au plus tard le", date(a.dueDate(), true) + " (deux mois après la demande, art. 7(4))");
            line(out, true, "Période de référence", a.period().start() + " au " + a.period().end());
            line(out, true, "Votre catégorie de salariés", a.category());
            line(out, true, "Définition de la catégorie", a.categoryDefinition().french());
            out.append("\nLes montants sont bruts. Le niveau annuel est ramené à un temps plein sur toute la période ;\n"
                    + "le niveau horaire est la rémunération divisée par les heures rémunérées.\n");
            out.append("\n1. Votre niveau de rémunération\n");
            level(out, a.own(), true, "Aucune rémunération n'est enregistrée pour vous sur la période.");
            out.append("\n2. Niveau moyen de rémunération des femmes de votre catégorie\n");
            group(out, a.women(), true, "femmes");
            out.append("\n3. Niveau moyen de rémunération des hommes de votre catégorie\n");
            group(out, a.men(), true, "hommes");
            out.append("\nVous pouvez demander des précisions ou des éclaircissements sur ces informations, et faire\n"
                    + "cette demande par l'intermédiaire des représentants du personnel ou d'un organisme pour\n"
                    + "l'égalité (art. 7(2) et 7(4)). Vous êtes libre de communiquer votre propre rémunération (art. 7(5)).\n");
        } else {
            out.append("Answer to your request for pay information (Directive (EU) 2023/970, Article 7)\n\n");
            line(out, false, "Worker", a.request().employeeId());
            line(out, false, "Request received on", date(a.request().requestDate(), false));
            line(out, false, "Answer due by", date(a.dueDate(), false) + " (two months after the request, Art. 7(4))");
            line(out, false, "Reference period", a.period().start() + " to " + a.period().end());
            line(out, false, "Your category of workers", a.category());
            line(out, false, "Definition of the category", a.categoryDefinition().english());
            out.append("\nAmounts are gross. The annual level is converted to full time over the whole period;\n"
                    + "the hourly level is pay divided by the hours paid.\n");
            out.append("\n1. Your pay level\n");
            level(out, a.own(), false, "No pay is recorded for you in the period.");
            out.append("\n2. Average pay level of the women in your category\n");
            group(out, a.women(), false, "women");
            out.append("\n3. Average pay level of the men in your category\n");
            group(out, a.men(), false, "men");
            out.append("\nYou may ask for clarification and further details on this information, and make such a\n"
                    + "request through the workers' representatives or an equality body (Art. 7(2) and 7(4)).\n"
                    + "You are free to disclose your own pay (Art. 7(5)).\n");
        }
        return out.toString();
    }

    private static void group(StringBuilder out, GroupFigure figure, boolean french, String who) {
        if (figure instanceof GroupFigure.Shown shown) {
            level(out, Optional.of(shown.average()), french, "");
            if (shown.average().annual().isEmpty()) {
                out.append(french
                        ? "   Les niveaux annuels et la répartition base / variable ne sont pas donnés : trop peu de\n"
                                + "   personnes ont une rémunération annuelle connue, ou trop peu n'en ont pas.\n"
                        : "   The annual levels and the base / variable split are not given: too few people have a\n"
                                + "   known annual pay, or too few have none.\n");
            }
        } else {
            int k = ((GroupFigure.Withheld) figure).minimum();
            out.append(french
                    ? "   Non communiqué : votre catégorie compte moins de " + k + " " + who + " rémunérées sur la période ;\n"
                            + "   une moyenne révélerait la rémunération de collègues identifiables.\n"
                    : "   Not given: your category has fewer than " + k + " " + who + " with pay in the period;\n"
                            + "   an average would reveal the pay of identifiable colleagues.\n");
        }
    }

    private static void level(StringBuilder out, Optional<PayLevel> level, boolean french, String none) {
        if (level.isEmpty()) {
            out.append("   ").append(none).append('\n');
            return;
        }
        PayLevel p = level.get();
        if (p.annual().isPresent()) {
            out.append(french ? "   Annuel (temps plein) : " : "   Annual (full time): ").append(euros(p.annual().get(), french))
                    .append(french ? " dont base " : ", of which base ").append(euros(p.annualBase().orElseThrow(), french))
                    .append(french ? " et variable " : " and variable ").append(euros(p.annualVariable().orElseThrow(), french))
                    .append('\n');
        }
        out.append(french ? "   Horaire : " : "   Hourly: ").append(euros(p.hourly(), french));
        if (p.hourlyBase().isPresent()) {
            out.append(french ? " dont base " : ", of which base ").append(euros(p.hourlyBase().get(), french))
                    .append(french ? " et variable " : " and variable ").append(euros(p.hourlyVariable().orElseThrow(), french));
        }
        out.append('\n');
    }

    private static void line(StringBuilder out, boolean french, String label, String value) {
        out.append(label).append(french ? " : " : ": ").append(value).append('\n');
    }

    private static String date(LocalDate d, boolean french) {
        return french ? String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()) : d.toString();
    }

    /** 12345.60 → "12 345,60 €" (French) or "EUR 12,345.60" (English). */
    static String euros(BigDecimal amount, boolean french) {
        String plain = amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        String whole = digits.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(french ? '\u202f' : ',');
            }
            grouped.append(whole.charAt(i));
        }
        String number = (negative ? "-" : "") + grouped + (french ? "," : ".") + digits.substring(dot + 1);
        return french ? number + " €" : "EUR " + number;
    }
}
