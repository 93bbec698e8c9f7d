package org.mixite.spi.model;

import java.util.HashMap;
import java.util.Map;

/** Each coded type's constants by canonical code, computed once per type (see {@link CodedValue#parse}). */
final class CodedValues {

    private static final ClassValue<Map<String, Object>> BY_CODE = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> codes = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                codes.put(((CodedValue) constant).code(), constant);
            }
            return Map.copyOf(codes);
        }
    };

    private CodedValues() {
    }

    static Map<String, Object> byCode(Class<?> type) {
        return BY_CODE.get(type);
    }
}
