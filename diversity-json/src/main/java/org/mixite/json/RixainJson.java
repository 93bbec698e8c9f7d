package org.mixite.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apiguardian.api.API;
import org.mixite.core.indicators.rixain.RixainResult;

/** The JSON form of the loi Rixain figures: {@code cadresDirigeants} and {@code instancesDirigeantes}. */
@API(status = API.Status.EXPERIMENTAL)
public final class RixainJson {

    private RixainJson() {
    }

    public static ObjectNode write(RixainResult result) {
        ObjectNode root = MixiteJson.object();
        root.put("date", result.at().toString());
        MixiteJson.putDecimal(root, "seuil", result.threshold());
        root.set("cadresDirigeants", body(result.executives()));
        root.set("instancesDirigeantes", body(result.board()));
        if (result.compliant().isPresent()) {
            root.put("conforme", result.compliant().get());
        } else {
            root.putNull("conforme");
        }
        return root;
    }

    private static ObjectNode body(RixainResult.Body body) {
        ObjectNode node = MixiteJson.object();
        node.put("calculable", body.calculable());
        node.put("femmes", body.women());
        node.put("hommes", body.men());
        node.put("autres", body.other());
        MixiteJson.putDecimal(node, "partFemmes", body.womenShare());
        MixiteJson.putDecimal(node, "partHommes", body.menShare());
        if (body.compliant().isPresent()) {
            node.put("conforme", body.compliant().get());
        } else {
            node.putNull("conforme");
        }
        if (!body.reason().isEmpty()) {
            node.put("raison", body.reason());
        }
        return node;
    }
}
