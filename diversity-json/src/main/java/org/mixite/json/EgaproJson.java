package org.mixite.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.apiguardian.api.API;
import org.mixite.core.indicators.egapro.AgeBand;
import org.mixite.core.indicators.egapro.Csp;
import org.mixite.core.indicators.egapro.Declaration;
import org.mixite.core.indicators.egapro.EgaproInput;
import org.mixite.core.indicators.egapro.EgaproInput.MaternityReturns;
import org.mixite.core.indicators.egapro.EgaproInput.PayGroup;
import org.mixite.core.indicators.egapro.EgaproInput.RaisesAndPromotions;
import org.mixite.core.indicators.egapro.EgaproInput.RateGroup;
import org.mixite.core.indicators.egapro.EgaproInput.TopEarners;
import org.mixite.core.indicators.egapro.EgaproInputException;
import org.mixite.core.indicators.egapro.EgaproResult;
import org.mixite.core.indicators.egapro.ExcludedGroup;
import org.mixite.core.indicators.egapro.GroupGap;
import org.mixite.core.indicators.egapro.GroupedGapExplanation;
import org.mixite.core.indicators.egapro.Indicator;
import org.mixite.core.indicators.egapro.MaternityScore;
import org.mixite.core.indicators.egapro.Modalite;
import org.mixite.core.indicators.egapro.PayGapScore;
import org.mixite.core.indicators.egapro.RaisesAndPromotionsExplanation;
import org.mixite.core.indicators.egapro.RaisesAndPromotionsScore;
import org.mixite.core.indicators.egapro.RateGapScore;
import org.mixite.core.indicators.egapro.Score;
import org.mixite.core.indicators.egapro.TopEarnersScore;
import org.mixite.core.indicators.egapro.Tranche;
import org.mixite.core.indicators.egapro.records.AggregationSummary;
import org.mixite.core.indicators.egapro.records.EgaproAggregation;

/**
 * The Egapro CLI JSON contract (egapro.md §4): reads the aggregated input and writes the
 * output, member for member. Extra members, which the contract welcomes: {@code raison} (why an
 * indicator is not calculable), {@code noteMax}, {@code explication} (the figures behind each
 * indicator, shown to 4 decimals), {@code obligations}; for records input, {@code entree} (the
 * derived input, in the input form) and {@code agregation} (who was counted).
 */
@API(status = API.Status.EXPERIMENTAL)
public final class EgaproJson {

    private EgaproJson() {
    }

    // ---- reading -----------------------------------------------------------------------

    /**
     * The largest Egapro form read whole (docs/robustness.md): a form holds a few dozen groups,
     * a few kilobytes; a larger JSON is not read as a form (the CLI streams it as employee records).
     */
    public static final long MAX_FORM_BYTES = 10_000_000;

    /**
     * The aggregated input inside a document: the document itself when it has the input's shape
     * ({@code tranche} and {@code remunerations}), or its {@code input} member when that has it
     * (the official examples' wrapper). Empty for anything else, e.g. employee records.
     */
    public static Optional<JsonNode> aggregatedInput(JsonNode document) {
        if (isInput(document)) {
            return Optional.of(document);
        }
        JsonNode wrapped = document.path("input");
        return isInput(wrapped) ? Optional.of(wrapped) : Optional.empty();
    }

    private static boolean isInput(JsonNode node) {
        return node.isObject() && node.has("tranche") && node.has("remunerations");
    }

    /** Parses a JSON document. */
    public static JsonNode parse(InputStream in) {
        try {
            return MixiteJson.mapper().readTree(in);
        } catch (JsonProcessingException e) {
            throw new EgaproInputException("$", "not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the input from a stream; see {@link #readInput(JsonNode)}. */
    public static EgaproInput readInput(InputStream in) {
        return readInput(parse(in));
    }

    /**
     * Reads the aggregated input. Missing sections become {@link Declaration.Absent}, {@code null}
     * ones {@link Declaration.NotCalculable}. Type and code errors are reported here; figures are
     * checked by the calculator's validation. Both name the JSON path.
     *
     * @throws EgaproInputException naming the JSON path of the first problem
     */
    public static EgaproInput readInput(JsonNode root) {
        if (!root.isObject()) {
            throw new EgaproInputException("$", "the input must be a JSON object");
        }
        String trancheText = text(root, "tranche", "tranche");
        Tranche tranche = Tranche.ofCode(trancheText).orElseThrow(() -> new EgaproInputException("tranche",
                "unknown tranche '" + trancheText + "' (expected 50-250, 251-999 or 1000+)"));
        String modaliteText = text(root, "modaliteRemunerations", "modaliteRemunerations");
        Modalite modalite = Modalite.ofCode(modaliteText).orElseThrow(() -> new EgaproInputException(
                "modaliteRemunerations", "unknown modalite '" + modaliteText + "' (expected csp, niveau_branche or niveau_autre)"));
        List<PayGroup> pay = array(root, "remunerations", EgaproJson::payGroup)
                .orElseThrow(() -> new EgaproInputException("remunerations", "required: an array of groups"));
        Declaration<List<RateGroup>> raises = section(root, "augmentations",
                (node, path) -> array(root, path, EgaproJson::rateGroup).orElseThrow());
        Declaration<List<RateGroup>> promotions = section(root, "promotions",
                (node, path) -> array(root, path, EgaproJson::rateGroup).orElseThrow());
        Declaration<RaisesAndPromotions> both = section(root, "augmentationsEtPromotions",
                (node, path) -> new RaisesAndPromotions(count(node, path, "femmes"), count(node, path, "hommes"),
                        count(node, path, "nombreFemmesAugmentees"), count(node, path, "nombreHommesAugmentes")));
        Declaration<MaternityReturns> maternity = section(root, "congesMaternite",
                (node, path) -> new MaternityReturns(count(node, path, "retours"), count(node, path, "augmenteesAuRetour")));
        Declaration<TopEarners> top = section(root, "hautesRemunerations",
                (node, path) -> new TopEarners(count(node, path, "femmes"), count(node, path, "hommes")));
        TopEarners topEarners = top.declared().orElseThrow(() -> new EgaproInputException("hautesRemunerations",
                "required: the numbers of women and men among the 10 highest earners"));
        return new EgaproInput(tranche, modalite, pay, raises, promotions, both, maternity, topEarners);
    }

    private static PayGroup payGroup(JsonNode node, String path) {
        String band = text(node, "trancheAge", path + ".trancheAge");
        return new PayGroup(text(node, "categorie", path + ".categorie"),
                AgeBand.ofCode(band).orElseThrow(() -> new EgaproInputException(path + ".trancheAge",
                        "unknown age band '" + band + "' (expected <30, 30-39, 40-49 or 50+)")),
                count(node, path, "femmes"), count(node, path, "hommes"),
                decimal(node, path, "remunerationMoyenneFemmes"), decimal(node, path, "remunerationMoyenneHommes"));
    }

    private static RateGroup rateGroup(JsonNode node, String path) {
        String code = text(node, "categorie", path + ".categorie");
        Csp csp = Csp.ofCode(code).orElseThrow(() -> new EgaproInputException(path + ".categorie",
                "unknown CSP '" + code + "' (expected ouv, emp, tam or ic)"));
        return new RateGroup(csp, count(node, path, "femmes"), count(node, path, "hommes"),
                decimal(node, path, "tauxFemmes"), decimal(node, path, "tauxHommes"));
    }

    private static <T> Declaration<T> section(JsonNode root, String name, BiFunction<JsonNode, String, T> reader) {
        JsonNode node = root.get(name);
        if (node == null) {
            return new Declaration.Absent<>();
        }
        if (node.isNull()) {
            return new Declaration.NotCalculable<>();
        }
        return new Declaration.Declared<>(reader.apply(node, name));
    }

    private static <T> Optional<List<T>> array(JsonNode parent, String name, BiFunction<JsonNode, String, T> reader) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isArray()) {
            throw new EgaproInputException(name, "must be an array");
        }
        List<T> list = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String path = name + "[" + i + "]";
            if (!node.get(i).isObject()) {
                throw new EgaproInputException(path, "must be an object");
            }
            list.add(reader.apply(node.get(i), path));
        }
        return Optional.of(list);
    }

    private static String text(JsonNode node, String name, String path) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new EgaproInputException(path, "required");
        }
        if (!value.isTextual()) {
            throw new EgaproInputException(path, "must be a string");
        }
        return value.textValue();
    }

    private static int count(JsonNode node, String parentPath, String name) {
        if (!node.isObject()) {
            throw new EgaproInputException(parentPath, "must be an object or null");
        }
        String path = parentPath + "." + name;
        JsonNode value = node.get(name);
        if (isEmpty(value)) {
            throw new EgaproInputException(path, "required: a count");
        }
        if (!value.isNumber()) {
            throw new EgaproInputException(path, "must be an integer");
        }
        BigDecimal d = finite(value, path);
        try {
            return d.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            throw new EgaproInputException(path, "must be an integer (got " + (d.abs().compareTo(BigDecimal.TEN.pow(12)) < 0
                    && d.scale() <= 12 ? d.toPlainString() : d.toString()) + ")");
        }
    }

    private static Optional<BigDecimal> decimal(JsonNode node, String parentPath, String name) {
        JsonNode value = node.get(name);
        if (isEmpty(value)) {
            return Optional.empty();
        }
        if (!value.isNumber()) {
            throw new EgaproInputException(parentPath + "." + name, "must be a number or null");
        }
        return Optional.of(finite(value, parentPath + "." + name));
    }

    /** A JSON number as a decimal; one too large for a double (1e400) is read as infinite, which is no figure. */
    private static BigDecimal finite(JsonNode value, String path) {
        if (value.isFloatingPointNumber() && !value.isBigDecimal() && !Double.isFinite(value.doubleValue())) {
            throw new EgaproInputException(path, "must be a finite number");
        }
        return value.decimalValue();
    }

    /**
     * egapro.md §4: the government form writes an empty numeric field as {@code ""}, which means
     * the same as {@code null} (or an absent member).
     */
    private static boolean isEmpty(JsonNode value) {
        return value == null || value.isNull() || value.isTextual() && value.textValue().isEmpty();
    }

    // ---- writing -----------------------------------------------------------------------

    /** The contract's output for an aggregated input. */
    public static ObjectNode write(EgaproResult result) {
        ObjectNode root = MixiteJson.object();
        ObjectNode indicators = root.putObject("indicateurs");
        payGap(indicators.putObject("remunerations"), result.remunerations());
        result.augmentations().ifPresent(i -> rateGap(indicators.putObject("augmentations"), i, 20));
        result.promotions().ifPresent(i -> rateGap(indicators.putObject("promotions"), i, 15));
        result.augmentationsEtPromotions().ifPresent(i -> raisesAndPromotions(indicators.putObject("augmentationsEtPromotions"), i));
        maternity(indicators.putObject("congesMaternite"), result.congesMaternite());
        topEarners(indicators.putObject("hautesRemunerations"), result.hautesRemunerations());
        root.put("points", result.points());
        root.put("pointsMax", result.pointsMax());
        root.put("calculable", result.calculable());
        if (result.index().isPresent()) {
            root.put("index", result.index().get());
        } else {
            root.putNull("index");
        }
        ArrayNode obligations = root.putArray("obligations");
        result.obligations().forEach(o -> obligations.add(o.code()));
        return root;
    }

    /** The output for a records input: {@link #write(EgaproResult)} plus {@code entree} and {@code agregation}. */
    public static ObjectNode write(EgaproResult result, EgaproAggregation aggregation) {
        ObjectNode root = write(result);
        root.set("entree", writeInput(aggregation.input()));
        AggregationSummary s = aggregation.summary();
        ObjectNode a = root.putObject("agregation");
        a.put("lus", s.read());
        a.put("comptes", s.counted());
        a.put("exclusContrat", s.excludedContract());
        a.put("exclusPresence", s.excludedPresence());
        a.put("sexeNonRenseigneOuX", s.sexNotBinary());
        a.put("remunerationInconnue", s.payUnknown());
        a.put("ageInconnu", s.ageUnknown());
        a.put("groupeInconnu", s.groupUnknown());
        return root;
    }

    /** The input form of an aggregated input; absent sections are left out, not-calculable ones are {@code null}. */
    public static ObjectNode writeInput(EgaproInput input) {
        ObjectNode root = MixiteJson.object();
        root.put("tranche", input.tranche().code());
        root.put("modaliteRemunerations", input.modaliteRemunerations().code());
        ArrayNode pay = root.putArray("remunerations");
        for (PayGroup g : input.remunerations()) {
            ObjectNode n = pay.addObject();
            n.put("categorie", g.categorie());
            n.put("trancheAge", g.trancheAge().code());
            n.put("femmes", g.femmes());
            n.put("hommes", g.hommes());
            MixiteJson.putDecimal(n, "remunerationMoyenneFemmes", g.remunerationMoyenneFemmes());
            MixiteJson.putDecimal(n, "remunerationMoyenneHommes", g.remunerationMoyenneHommes());
        }
        rateSection(root, "augmentations", input.augmentations());
        rateSection(root, "promotions", input.promotions());
        writeSection(root, "augmentationsEtPromotions", input.augmentationsEtPromotions(), (n, r) -> {
            n.put("femmes", r.femmes());
            n.put("hommes", r.hommes());
            n.put("nombreFemmesAugmentees", r.nombreFemmesAugmentees());
            n.put("nombreHommesAugmentes", r.nombreHommesAugmentes());
        });
        writeSection(root, "congesMaternite", input.congesMaternite(), (n, m) -> {
            n.put("retours", m.retours());
            n.put("augmenteesAuRetour", m.augmenteesAuRetour());
        });
        ObjectNode top = root.putObject("hautesRemunerations");
        top.put("femmes", input.hautesRemunerations().femmes());
        top.put("hommes", input.hautesRemunerations().hommes());
        return root;
    }

    private static void rateSection(ObjectNode root, String name, Declaration<List<RateGroup>> d) {
        if (d instanceof Declaration.Absent) {
            return;
        }
        if (d instanceof Declaration.Declared<List<RateGroup>> declared) {
            ArrayNode array = root.putArray(name);
            for (RateGroup g : declared.value()) {
                ObjectNode n = array.addObject();
                n.put("categorie", g.categorie().code());
                n.put("femmes", g.femmes());
                n.put("hommes", g.hommes());
                MixiteJson.putDecimal(n, "tauxFemmes", g.tauxFemmes());
                MixiteJson.putDecimal(n, "tauxHommes", g.tauxHommes());
            }
        } else {
            root.putNull(name);
        }
    }

    private static <T> void writeSection(ObjectNode root, String name, Declaration<T> d,
            java.util.function.BiConsumer<ObjectNode, T> writer) {
        if (d instanceof Declaration.Declared<T> declared) {
            writer.accept(root.putObject(name), declared.value());
        } else if (d instanceof Declaration.NotCalculable) {
            root.putNull(name);
        }
    }

    // The value members come first, in the contract's order; then raison, noteMax, explication.

    private static void payGap(ObjectNode n, Indicator<PayGapScore, GroupedGapExplanation> i) {
        n.put("calculable", i.calculable());
        Optional<PayGapScore> s = i.computed();
        MixiteJson.putDecimal(n, "ecart", s.map(PayGapScore::ecart));
        putInt(n, "note", s.map(PayGapScore::note));
        putText(n, "favorable", s.map(x -> x.favorable().code()));
        tail(n, i, PayGapScore.MAX);
        i.explanation().ifPresent(e -> grouped(n.putObject("explication"), e));
    }

    private static void rateGap(ObjectNode n, Indicator<RateGapScore, GroupedGapExplanation> i, int max) {
        n.put("calculable", i.calculable());
        Optional<RateGapScore> s = i.computed();
        MixiteJson.putDecimal(n, "ecart", s.map(RateGapScore::ecart));
        putInt(n, "note", s.map(RateGapScore::note));
        putText(n, "favorable", s.map(x -> x.favorable().code()));
        putBoolean(n, "correction", s.map(RateGapScore::correction));
        putInt(n, "noteAvantCorrection", s.map(RateGapScore::tableNote));
        tail(n, i, max);
        i.explanation().ifPresent(e -> grouped(n.putObject("explication"), e));
    }

    private static void raisesAndPromotions(ObjectNode n,
            Indicator<RaisesAndPromotionsScore, RaisesAndPromotionsExplanation> i) {
        n.put("calculable", i.calculable());
        Optional<RaisesAndPromotionsScore> s = i.computed();
        MixiteJson.putDecimal(n, "ecart", s.map(RaisesAndPromotionsScore::ecart));
        MixiteJson.putDecimal(n, "ecartNombre", s.map(RaisesAndPromotionsScore::ecartNombre));
        putInt(n, "notePourcentage", s.map(RaisesAndPromotionsScore::notePourcentage));
        putInt(n, "noteNombre", s.map(RaisesAndPromotionsScore::noteNombre));
        putInt(n, "note", s.map(RaisesAndPromotionsScore::note));
        putText(n, "favorable", s.map(x -> x.favorable().code()));
        putBoolean(n, "correction", s.map(RaisesAndPromotionsScore::correction));
        tail(n, i, RaisesAndPromotionsScore.MAX);
        i.explanation().ifPresent(e -> {
            ObjectNode x = n.putObject("explication");
            x.put("femmes", e.femmes());
            x.put("hommes", e.hommes());
            x.put("nombreFemmesAugmentees", e.femmesAugmentees());
            x.put("nombreHommesAugmentes", e.hommesAugmentes());
            x.put("tauxFemmes", shown(e.rateFemmes().movePointRight(2)));
            x.put("tauxHommes", shown(e.rateHommes().movePointRight(2)));
            x.put("ecartBrut", shown(e.rawGap().movePointRight(2)));
        });
    }

    private static void maternity(ObjectNode n, Indicator<MaternityScore, MaternityReturns> i) {
        n.put("calculable", i.calculable());
        Optional<MaternityScore> s = i.computed();
        MixiteJson.putDecimal(n, "resultat", s.map(MaternityScore::resultat));
        putInt(n, "note", s.map(MaternityScore::note));
        tail(n, i, MaternityScore.MAX);
        i.explanation().ifPresent(m -> {
            ObjectNode x = n.putObject("explication");
            x.put("retours", m.retours());
            x.put("augmenteesAuRetour", m.augmenteesAuRetour());
        });
    }

    private static void topEarners(ObjectNode n, Indicator<TopEarnersScore, TopEarners> i) {
        n.put("calculable", i.calculable());
        Optional<TopEarnersScore> s = i.computed();
        putInt(n, "resultat", s.map(TopEarnersScore::resultat));
        putInt(n, "note", s.map(TopEarnersScore::note));
        putText(n, "favorable", s.map(x -> x.favorable().code()));
        tail(n, i, TopEarnersScore.MAX);
        i.explanation().ifPresent(t -> {
            ObjectNode x = n.putObject("explication");
            x.put("femmes", t.femmes());
            x.put("hommes", t.hommes());
        });
    }

    /** {@code raison} when not calculable, and {@code noteMax}. */
    private static void tail(ObjectNode n, Indicator<? extends Score, ?> i, int max) {
        if (i instanceof Indicator.NotCalculable<?, ?> nc) {
            n.put("raison", nc.reason().code());
            n.put("libelleRaison", nc.reason().libelle());
        }
        n.put("noteMax", i.computed().map(Score::max).orElse(max));
    }

    private static void grouped(ObjectNode x, GroupedGapExplanation e) {
        e.pertinenceThreshold().ifPresent(t -> x.put("seuilPertinence", t));
        x.put("effectifValide", e.validHeadcount());
        x.put("effectifTotal", e.totalHeadcount());
        MixiteJson.putDecimal(x, "ecartPondere", e.weightedGap().map(EgaproJson::shown));
        ArrayNode valid = x.putArray("groupesValides");
        for (GroupGap g : e.validGroups()) {
            ObjectNode n = valid.addObject();
            n.put("categorie", g.categorie());
            g.trancheAge().ifPresent(b -> n.put("trancheAge", b.code()));
            n.put("femmes", g.femmes());
            n.put("hommes", g.hommes());
            n.put("poids", shown(g.weight()));
            n.put("ecart", shown(g.gap()));
            if (e.pertinenceThreshold().isPresent()) {
                n.put("ecartApresSeuil", shown(g.adjustedGap()));
            }
        }
        ArrayNode excluded = x.putArray("groupesExclus");
        for (ExcludedGroup g : e.excludedGroups()) {
            ObjectNode n = excluded.addObject();
            n.put("categorie", g.categorie());
            g.trancheAge().ifPresent(b -> n.put("trancheAge", b.code()));
            n.put("femmes", g.femmes());
            n.put("hommes", g.hommes());
            n.put("minimum", g.minimum());
            n.put("raison", g.reason().code());
        }
    }

    /** Explanation figures are shown to 4 decimals; the official figures never go through this. */
    private static BigDecimal shown(BigDecimal value) {
        BigDecimal rounded = value.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    private static void putInt(ObjectNode n, String name, Optional<Integer> value) {
        if (value.isPresent()) {
            n.put(name, value.get());
        } else {
            n.putNull(name);
        }
    }

    private static void putText(ObjectNode n, String name, Optional<String> value) {
        if (value.isPresent()) {
            n.put(name, value.get());
        } else {
            n.putNull(name);
        }
    }

    private static void putBoolean(ObjectNode n, String name, Optional<Boolean> value) {
        if (value.isPresent()) {
            n.put(name, value.get());
        } else {
            n.putNull(name);
        }
    }
}
