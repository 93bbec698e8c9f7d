package org.mixite.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apiguardian.api.API;
import org.mixite.core.indicators.rixain.BodyShare;
import org.mixite.core.indicators.rixain.RixainResult;

/**
 * The JSON form of the loi Rixain result, the {@code rixain} member of the report document:
 * <pre>
 * {"date": "2026-03-01", "seuil": 30,
 *  "cadresDirigeants": {"calculable": true, "membres": 10, "femmes": 3, "hommes": 7, "autres": 0,
 *                       "partFemmes": 30.0, "partHommes": 70.0, "conforme": true},
 *  "instancesDirigeantes": {...},
 *  "conformite": "conforme", "effectif": 1200}
 * </pre>
 * {@code seuil} and {@code conforme} are {@code null} before 2026-03-01. A body without members
 * has {@code calculable: false}, {@code raison: "aucun_membre"} and {@code null} shares.
 * {@code conformite} is one of {@code non_assujettie}, {@code pas_encore_applicable},
 * {@code conforme}, {@code non_conforme}, {@code indetermine}. {@code effectif} is the headcount
 * the law's applicability was judged on: below 1,000 the company is {@code non_assujettie} and
 * every {@code conforme} is {@code null} (the shares are still given).
 */
@API(status = API.Status.EXPERIMENTAL)
public final class RixainJson {

    private RixainJson() {
    }

    public static ObjectNode write(RixainResult result) {
        ObjectNode root = MixiteJson.object();
        root.put("date", result.date().toString());
        MixiteJson.putDecimal(root, "seuil", result.threshold());
        body(root.putObject("cadresDirigeants"), result.cadresDirigeants());
        body(root.putObject("instancesDirigeantes"), result.instancesDirigeantes());
        root.put("conformite", result.compliance().code());
        root.put("effectif", result.headcount());
        return root;
    }

    private static void body(ObjectNode n, BodyShare share) {
        if (share instanceof BodyShare.Computed c) {
            n.put("calculable", true);
            n.put("membres", c.members());
            n.put("femmes", c.women());
            n.put("hommes", c.men());
            n.put("autres", c.others());
            n.put("partFemmes", c.shareWomen());
            n.put("partHommes", c.shareMen());
            if (c.compliant().isPresent()) {
                n.put("conforme", c.compliant().get());
            } else {
                n.putNull("conforme");
            }
        } else {
            n.put("calculable", false);
            n.put("raison", "aucun_membre");
            n.put("membres", 0);
            n.putNull("partFemmes");
            n.putNull("partHommes");
            n.putNull("conforme");
        }
    }
}
