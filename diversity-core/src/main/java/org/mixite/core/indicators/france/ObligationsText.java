package org.mixite.core.indicators.france;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/** The obligations in words, in French or English, one sentence a line: what text and PDF outputs print. */
@API(status = API.Status.EXPERIMENTAL)
public final class ObligationsText {

    private ObligationsText() {
    }

    /** The sentences in English ({@code french == false}) or French. */
    public static List<String> sentences(Obligations o, boolean french) {
        return french ? french(o) : english(o);
    }

    private static String indicators(List<String> list, String and) {
        if (list.size() == 7) {
            return "A–G";
        }
        if (list.size() == 6) {
            return "A–F";
        }
        return String.join(and, list);
    }

    static String date(LocalDate d, boolean french) {
        Locale locale = french ? Locale.FRANCE : Locale.UK;
        String day = french && d.getDayOfMonth() == 1 ? "1er" : Integer.toString(d.getDayOfMonth());
        return day + " " + d.getMonth().getDisplayName(TextStyle.FULL, locale) + " " + d.getYear();
    }

    private static String workforce(Obligations o, boolean french) {
        String n = o.workforce().average().toPlainString();
        return french ? n.replace('.', ',') : n;
    }

    private static List<String> english(Obligations o) {
        List<String> out = new ArrayList<>();
        Deadlines d = o.deadlines();
        String who = "With an annual average headcount of " + workforce(o, false) + " (tier " + o.tier().code() + ")";
        if (!o.obligated()) {
            out.add(who + ", you have no Egapro V2 declaration to make in " + o.year()
                    + (o.tier() == Tier.TRIENNIAL ? " (companies of 50 to 99 declare in triennial years: 2027, 2030, 2033…)" : "")
                    + (o.year() < Obligations.FIRST_YEAR ? " (the first declaration year is 2027)" : "")
                    + "; you may declare voluntarily.");
            return out;
        }
        out.add("In " + o.year() + " you must declare " + indicators(o.indicators(), ", ") + " by " + date(d.declaration(), false)
                + " (reference period: the year " + (o.year() - 1) + "). " + who + ".");
        if (!o.indicatorGDue()) {
            out.add("Indicator G (gaps per category of workers) is not due this year.");
        }
        if (o.cseOpinion()) {
            out.add("The CSE must give its opinion on the declaration.");
        }
        ComplianceProcess p = o.complianceProcess();
        if (p.required()) {
            out.add("The compliance process is required: " + categories(p, false)
                    + " show a gap of 5% or more between women and men. Choose by " + date(d.compliancePathChoice(), false)
                    + " between a correction within 6 months (second declaration by " + date(d.secondDeclaration(), false)
                    + ") and a joint evaluation (by " + date(d.jointEvaluation(), false) + ").");
        } else {
            out.add("No compliance process is required.");
        }
        out.add("Representation of women and men among senior executives (loi Rixain, 1,000+ employees): by "
                + date(d.representation(), false) + ".");
        return out;
    }

    private static List<String> french(Obligations o) {
        List<String> out = new ArrayList<>();
        Deadlines d = o.deadlines();
        String who = "Effectif annuel moyen : " + workforce(o, true) + " (" + switch (o.tier()) {
            case VOLUNTARY -> "moins de 50, déclaration volontaire";
            case TRIENNIAL -> "50 à 99, déclaration les années triennales";
            case ANNUAL -> "100 et plus, déclaration chaque année";
        } + ")";
        if (!o.obligated()) {
            out.add(who + ". Vous n'avez pas de déclaration Egapro V2 à faire en " + o.year()
                    + (o.year() < Obligations.FIRST_YEAR ? " (la première année de déclaration est 2027)" : "")
                    + " ; vous pouvez déclarer volontairement.");
            return out;
        }
        out.add("En " + o.year() + ", vous devez déclarer les indicateurs " + indicators(o.indicators(), ", ") + " avant le "
                + date(d.declaration(), true) + " (période de référence : l'année " + (o.year() - 1) + "). " + who + ".");
        if (!o.indicatorGDue()) {
            out.add("L'indicateur G (écarts par catégorie de salariés) n'est pas dû cette année.");
        }
        if (o.cseOpinion()) {
            out.add("Le CSE doit rendre un avis sur la déclaration.");
        }
        ComplianceProcess p = o.complianceProcess();
        if (p.required()) {
            out.add("Un parcours de mise en conformité est requis : " + categories(p, true)
                    + " présentent un écart d'au moins 5 % entre les femmes et les hommes. Choisissez avant le "
                    + date(d.compliancePathChoice(), true) + " entre une correction sous 6 mois (seconde déclaration avant le "
                    + date(d.secondDeclaration(), true) + ") et une évaluation conjointe (avant le " + date(d.jointEvaluation(), true) + ").");
        } else {
            out.add("Aucun parcours de mise en conformité n'est requis.");
        }
        out.add("Représentation équilibrée parmi les cadres dirigeants (loi Rixain, 1 000 salariés et plus) : avant le "
                + date(d.representation(), true) + ".");
        return out;
    }

    private static String categories(ComplianceProcess p, boolean french) {
        List<String> parts = new ArrayList<>(p.categories());
        if (p.suppressedCategories() > 0) {
            parts.add(p.suppressedCategories() + (french ? " catégorie(s) masquée(s)" : " suppressed categor" + (p.suppressedCategories() == 1 ? "y" : "ies")));
        }
        return (french ? "les catégories " : "the categories ") + String.join(", ", parts);
    }
}
