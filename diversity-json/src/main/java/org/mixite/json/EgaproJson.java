package org.mixite.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.apiguardian.api.API;
import org.mixite.core.indicators.egapro.AgeBand;
import org.mixite.core.indicators.egapro.Csp;
import org.mixite.core.indicators.egapro.EgaproInput;
import org.mixite.core.indicators.egapro.EgaproInputException;
import org.mixite.core.indicators.egapro.EgaproResult;
import org.mixite.core.indicators.egapro.ExcludedGroup;
import org.mixite.core.indicators.egapro.Indicator;
import org.mixite.core.indicators.egapro.MaternityScore;
import org.mixite.core.indicators.egapro.Modalite;
import org.mixite.core.indicators.egapro.PayGapScore;
import org.mixite.core.indicators.egapro.RaisesAndPromotionsScore;
import org.mixite.core.indicators.egapro.RateGapScore;
import org.mixite.core.indicators.egapro.TopEarnersScore;
import org.mixite.core.indicators.egapro.Tranche;

/**
 * The Egapro CLI JSON contract (egapro.md §4), both ways: the aggregated input is read with
 * errors that name the JSON path, and the result is written with exactly the contract's member
 * names, units and nulls, plus explanation members ({@code explication}, {@code raison}) that
 * the contract allows.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class EgaproJson {

    private EgaproJson() {
    }

    /** Whether a JSON document has the shape of the aggregated input (a {@code tranche} and {@code remunerations}). */
    public static boolean looksAggregated(JsonNode document) {
        JsonNode input = document.has("input") && document.get("input").isObject() ? document.get("input") : document;
        return input.isObject() && input.has("tranche") && input.has("remunerations");
    }

    /**
     * Reads the aggregated input. A document with an {@code input} member (the official example
     * files) is read from that member.
     *
     * @throws EgaproInputException naming the JSON path of the first problem
     */
    public static EgaproInput readInput(JsonNode document) {
        boolean wrapped = document.isObject() && document.has("input") && !document.has("tranche");
        String base = wrapped ? "input." : "";
        JsonNode root = wrapped ? document.get("input") : document;
        Reader r = new Reader(base);
        if (!root.isObject()) {
            throw new EgaproInputException(base.isEmpty() ? "$" : "input", "the aggregated input must be a JSON object");
        }
        Tranche tranche = Tranche.parse(r.text(root, "tranche")).orElseThrow(() -> new EgaproInputException(
                base + "tranche", "must be one of 50-250, 251-999, 1000+ (was '" + root.get("tranche").asText() + "')"));
        Modalite modalite = Modalite.parse(r.text(root, "modaliteRemunerations")).orElseThrow(() -> new EgaproInputException(
                base + "modaliteRemunerations", "must be csp, niveau_branche or niveau_autre (was '"
                + root.get("modaliteRemunerations").asText() + "')"));
        List<EgaproInput.PayGroup> groups = r.list(root, "remunerations", (node, at) -> new EgaproInput.PayGroup(
                r.text(node, at, "categorie"),
                AgeBand.parse(r.text(node, at, "trancheAge")).orElseThrow(() -> new EgaproInputException(
                        at + ".trancheAge", "must be one of <30, 30-39, 40-49, 50+ (was '" + node.get("trancheAge").asText() + "')")),
                r.count(node, at, "femmes"), r.count(node, at, "hommes"),
                r.optionalDecimal(node, at, "remunerationMoyenneFemmes"),
                r.optionalDecimal(node, at, "remunerationMoyenneHommes")));
        boolean combined = tranche.combinesRaisesAndPromotions();
        Optional<List<EgaproInput.RateGroup>> raises = combined ? Optional.empty() : r.nullableList(root, "augmentations", r::rateGroup);
        Optional<List<EgaproInput.RateGroup>> promotions = combined ? Optional.empty() : r.nullableList(root, "promotions", r::rateGroup);
        Optional<EgaproInput.RaiseCounts> raiseCounts = !combined ? Optional.empty()
                : r.nullableObject(root, "augmentationsEtPromotions", (node, at) -> new EgaproInput.RaiseCounts(
                        r.count(node, at, "femmes"), r.count(node, at, "hommes"),
                        r.count(node, at, "nombreFemmesAugmentees"), r.count(node, at, "nombreHommesAugmentes")));
        Optional<EgaproInput.MaternityReturns> maternity = r.nullableObject(root, "congesMaternite",
                (node, at) -> new EgaproInput.MaternityReturns(r.count(node, at, "retours"), r.count(node, at, "augmenteesAuRetour")));
        EgaproInput.TopEarners top = r.nullableObject(root, "hautesRemunerations",
                        (node, at) -> new EgaproInput.TopEarners(r.count(node, at, "femmes"), r.count(node, at, "hommes")))
                .orElseThrow(() -> new EgaproInputException(base + "hautesRemunerations", "is required (the 10 highest earners)"));
        return new EgaproInput(tranche, modalite, groups, raises, promotions, raiseCounts, maternity, top);
    }

    /** Reads members with their JSON path, for messages. */
    private static final class Reader {
        private final String base;

        Reader(String base) {
            this.base = base;
        }

        JsonNode required(JsonNode parent, String parentPath, String name) {
            String path = join(parentPath, name);
            if (!parent.has(name)) {
                throw new EgaproInputException(path, "is missing");
            }
            return parent.get(name);
        }

        String text(JsonNode root, String name) {
            return text(root, base.isEmpty() ? "" : base.substring(0, base.length() - 1), name);
        }

        String text(JsonNode parent, String parentPath, String name) {
            JsonNode node = required(parent, parentPath, name);
            if (!node.isTextual()) {
                throw new EgaproInputException(join(parentPath, name), "must be a string");
            }
            return node.asText();
        }

        int count(JsonNode parent, String parentPath, String name) {
            JsonNode node = required(parent, parentPath, name);
            String path = join(parentPath, name);
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                throw new EgaproInputException(path, "must be a whole number (was " + node + ")");
            }
            if (node.intValue() < 0) {
                throw new EgaproInputException(path, "a count must be 0 or more (was " + node.intValue() + ")");
            }
            return node.intValue();
        }

        BigDecimal decimal(JsonNode parent, String parentPath, String name) {
            JsonNode node = required(parent, parentPath, name);
            if (!node.isNumber()) {
                throw new EgaproInputException(join(parentPath, name), "must be a number (was " + node + ")");
            }
            return node.decimalValue();
        }

        Optional<BigDecimal> optionalDecimal(JsonNode parent, String parentPath, String name) {
            JsonNode node = parent.get(name);
            if (node == null || node.isNull()) {
                return Optional.empty();
            }
            return Optional.of(decimal(parent, parentPath, name));
        }

        EgaproInput.RateGroup rateGroup(JsonNode node, String at) {
            Csp csp = Csp.parse(text(node, at, "categorie")).orElseThrow(() -> new EgaproInputException(
                    at + ".categorie", "must be one of ouv, emp, tam, ic (was '" + node.get("categorie").asText() + "')"));
            return new EgaproInput.RateGroup(csp, count(node, at, "femmes"), count(node, at, "hommes"),
                    decimal(node, at, "tauxFemmes"), decimal(node, at, "tauxHommes"));
        }

        <T> List<T> list(JsonNode root, String name, BiFunction<JsonNode, String, T> element) {
            String path = base + name;
            JsonNode array = root.get(name);
            if (array == null || !array.isArray()) {
                throw new EgaproInputException(path, array == null ? "is missing" : "must be an array");
            }
            List<T> values = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                String at = path + "[" + i + "]";
                if (!array.get(i).isObject()) {
                    throw new EgaproInputException(at, "must be an object");
                }
                values.add(element.apply(array.get(i), at));
            }
            return values;
        }

        /** A section that must be present for the band; JSON null declares it not calculable. */
        <T> Optional<List<T>> nullableList(JsonNode root, String name, BiFunction<JsonNode, String, T> element) {
            if (!root.has(name)) {
                throw new EgaproInputException(base + name, "is missing: this band's indicators need it (null declares it not calculable)");
            }
            return root.get(name).isNull() ? Optional.empty() : Optional.of(list(root, name, element));
        }

        <T> Optional<T> nullableObject(JsonNode root, String name, BiFunction<JsonNode, String, T> reader) {
            String path = base + name;
            if (!root.has(name)) {
                throw new EgaproInputException(path, "is missing: this band's indicators need it (null declares it not calculable)");
            }
            JsonNode node = root.get(name);
            if (node.isNull()) {
                return Optional.empty();
            }
            if (!node.isObject()) {
                throw new EgaproInputException(path, "must be an object or null");
            }
            return Optional.of(reader.apply(node, path));
        }

        private static String join(String parent, String name) {
            return parent.isEmpty() ? name : parent + "." + name;
        }
    }

    /** The contract's output object. */
    public static ObjectNode write(EgaproResult result) {
        ObjectNode root = MixiteJson.object();
        ObjectNode indicators = root.putObject("indicateurs");
        indicators.set("remunerations", payGap(result.remunerations()));
        result.augmentations().ifPresent(i -> indicators.set("augmentations", rateGap(i)));
        result.promotions().ifPresent(i -> indicators.set("promotions", rateGap(i)));
        result.augmentationsEtPromotions().ifPresent(i -> indicators.set("augmentationsEtPromotions", raisesAndPromotions(i)));
        indicators.set("congesMaternite", maternity(result.congesMaternite()));
        indicators.set("hautesRemunerations", topEarners(result.hautesRemunerations()));
        root.put("points", result.points());
        root.put("pointsMax", result.pointsMax());
        root.put("calculable", result.calculable());
        if (result.index().isPresent()) {
            root.put("index", result.index().get());
        } else {
            root.putNull("index");
        }
        root.put("tranche", result.tranche().code());
        ArrayNode obligations = root.putArray("obligations");
        result.obligations().forEach(o -> obligations.add(o.name().toLowerCase(java.util.Locale.ROOT)));
        return root;
    }

    /** The output for records: the same object, plus {@code entree}, the aggregated input derived. */
    public static ObjectNode write(EgaproResult result, EgaproInput derived, Map<String, Long> excluded, long counted) {
        ObjectNode root = write(result);
        root.set("entree", writeInput(derived));
        ObjectNode population = root.putObject("effectifs");
        population.put("comptes", counted);
        ObjectNode left = population.putObject("exclus");
        excluded.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> left.put(e.getKey(), e.getValue()));
        return root;
    }

    private static ObjectNode notCalculable(Indicator<?> indicator, String... nullMembers) {
        ObjectNode node = MixiteJson.object();
        node.put("calculable", false);
        for (String member : nullMembers) {
            node.putNull(member);
        }
        node.put("raison", ((Indicator.NotCalculable<?>) indicator).reason());
        return node;
    }

    private static ObjectNode payGap(Indicator<PayGapScore> indicator) {
        if (indicator.value().isEmpty()) {
            return notCalculable(indicator, "ecart", "note", "favorable");
        }
        PayGapScore s = indicator.value().get();
        ObjectNode node = MixiteJson.object();
        node.put("calculable", true);
        node.put("ecart", s.ecart());
        node.put("note", s.note());
        node.put("favorable", s.favorable().code());
        PayGapScore.Explanation e = s.explanation();
        ObjectNode explanation = node.putObject("explication");
        explanation.put("modalite", e.modalite().code());
        explanation.put("seuilPertinence", e.pertinenceThreshold());
        explanation.put("effectifTotal", e.totalHeadcount());
        explanation.put("effectifValide", e.validHeadcount());
        explanation.put("ecartPondere", e.weightedGap().setScale(6, java.math.RoundingMode.HALF_UP));
        ArrayNode valid = explanation.putArray("groupesValides");
        for (PayGapScore.ValidGroup g : e.validGroups()) {
            ObjectNode group = valid.addObject();
            group.put("categorie", g.categorie());
            group.put("trancheAge", g.trancheAge().code());
            group.put("femmes", g.femmes());
            group.put("hommes", g.hommes());
            group.put("ecart", g.rawGap().setScale(6, java.math.RoundingMode.HALF_UP));
            group.put("ecartApresSeuil", g.adjustedGap().setScale(6, java.math.RoundingMode.HALF_UP));
            group.put("poids", g.weight().setScale(6, java.math.RoundingMode.HALF_UP));
        }
        excluded(explanation, e.excludedGroups());
        return node;
    }

    private static void excluded(ObjectNode explanation, List<ExcludedGroup> groups) {
        ArrayNode excluded = explanation.putArray("groupesExclus");
        for (ExcludedGroup g : groups) {
            ObjectNode group = excluded.addObject();
            group.put("groupe", g.label());
            group.put("femmes", g.femmes());
            group.put("hommes", g.hommes());
            group.put("raison", g.reason());
        }
    }

    private static ObjectNode rateGap(Indicator<RateGapScore> indicator) {
        if (indicator.value().isEmpty()) {
            ObjectNode node = notCalculable(indicator, "ecart", "note", "favorable");
            node.put("correction", false);
            return node;
        }
        RateGapScore s = indicator.value().get();
        ObjectNode node = MixiteJson.object();
        node.put("calculable", true);
        node.put("ecart", s.ecart());
        node.put("note", s.note());
        node.put("favorable", s.favorable().code());
        node.put("correction", s.correction());
        ObjectNode explanation = node.putObject("explication");
        explanation.put("effectifTotal", s.explanation().totalHeadcount());
        explanation.put("effectifValide", s.explanation().validHeadcount());
        explanation.put("ecartPondere", s.explanation().weightedGap().setScale(6, java.math.RoundingMode.HALF_UP));
        ArrayNode valid = explanation.putArray("groupesValides");
        for (RateGapScore.ValidGroup g : s.explanation().validGroups()) {
            ObjectNode group = valid.addObject();
            group.put("categorie", g.categorie().code());
            group.put("femmes", g.femmes());
            group.put("hommes", g.hommes());
            group.put("ecart", g.gap());
            group.put("poids", g.weight().setScale(6, java.math.RoundingMode.HALF_UP));
        }
        excluded(explanation, s.explanation().excludedGroups());
        return node;
    }

    private static ObjectNode raisesAndPromotions(Indicator<RaisesAndPromotionsScore> indicator) {
        if (indicator.value().isEmpty()) {
            ObjectNode node = notCalculable(indicator, "ecart", "ecartNombre", "notePourcentage", "noteNombre", "note", "favorable");
            node.put("correction", false);
            return node;
        }
        RaisesAndPromotionsScore s = indicator.value().get();
        ObjectNode node = MixiteJson.object();
        node.put("calculable", true);
        node.put("ecart", s.ecart());
        node.put("ecartNombre", s.ecartNombre());
        node.put("notePourcentage", s.notePourcentage());
        node.put("noteNombre", s.noteNombre());
        node.put("note", s.note());
        node.put("favorable", s.favorable().code());
        node.put("correction", s.correction());
        return node;
    }

    private static ObjectNode maternity(Indicator<MaternityScore> indicator) {
        if (indicator.value().isEmpty()) {
            return notCalculable(indicator, "resultat", "note");
        }
        MaternityScore s = indicator.value().get();
        ObjectNode node = MixiteJson.object();
        node.put("calculable", true);
        node.put("resultat", s.resultat().stripTrailingZeros().scale() <= 0 ? new BigDecimal(s.resultat().toBigInteger()) : s.resultat());
        node.put("note", s.note());
        return node;
    }

    private static ObjectNode topEarners(Indicator<TopEarnersScore> indicator) {
        if (indicator.value().isEmpty()) {
            return notCalculable(indicator, "resultat", "note", "favorable");
        }
        TopEarnersScore s = indicator.value().get();
        ObjectNode node = MixiteJson.object();
        node.put("calculable", true);
        node.put("resultat", s.resultat());
        node.put("note", s.note());
        node.put("favorable", s.favorable().code());
        return node;
    }

    /** The aggregated input, in the contract's input form. */
    public static ObjectNode writeInput(EgaproInput input) {
        ObjectNode root = MixiteJson.object();
        root.put("tranche", input.tranche().code());
        root.put("modaliteRemunerations", input.modaliteRemunerations().code());
        ArrayNode groups = root.putArray("remunerations");
        for (EgaproInput.PayGroup g : input.remunerations()) {
            ObjectNode group = groups.addObject();
            group.put("categorie", g.categorie());
            group.put("trancheAge", g.trancheAge().code());
            group.put("femmes", g.femmes());
            group.put("hommes", g.hommes());
            MixiteJson.putDecimal(group, "remunerationMoyenneFemmes", g.remunerationMoyenneFemmes());
            MixiteJson.putDecimal(group, "remunerationMoyenneHommes", g.remunerationMoyenneHommes());
        }
        if (input.tranche().combinesRaisesAndPromotions()) {
            if (input.augmentationsEtPromotions().isPresent()) {
                EgaproInput.RaiseCounts c = input.augmentationsEtPromotions().get();
                ObjectNode node = root.putObject("augmentationsEtPromotions");
                node.put("femmes", c.femmes());
                node.put("hommes", c.hommes());
                node.put("nombreFemmesAugmentees", c.nombreFemmesAugmentees());
                node.put("nombreHommesAugmentes", c.nombreHommesAugmentes());
            } else {
                root.putNull("augmentationsEtPromotions");
            }
        } else {
            writeRates(root, "augmentations", input.augmentations());
            writeRates(root, "promotions", input.promotions());
        }
        if (input.congesMaternite().isPresent()) {
            ObjectNode node = root.putObject("congesMaternite");
            node.put("retours", input.congesMaternite().get().retours());
            node.put("augmenteesAuRetour", input.congesMaternite().get().augmenteesAuRetour());
        } else {
            root.putNull("congesMaternite");
        }
        ObjectNode top = root.putObject("hautesRemunerations");
        top.put("femmes", input.hautesRemunerations().femmes());
        top.put("hommes", input.hautesRemunerations().hommes());
        return root;
    }

    private static void writeRates(ObjectNode root, String name, Optional<List<EgaproInput.RateGroup>> groups) {
        if (groups.isEmpty()) {
            root.putNull(name);
            return;
        }
        ArrayNode array = root.putArray(name);
        for (EgaproInput.RateGroup g : groups.get()) {
            ObjectNode group = array.addObject();
            group.put("categorie", g.categorie().code());
            group.put("femmes", g.femmes());
            group.put("hommes", g.hommes());
            group.put("tauxFemmes", g.tauxFemmes());
            group.put("tauxHommes", g.tauxHommes());
        }
    }
}
