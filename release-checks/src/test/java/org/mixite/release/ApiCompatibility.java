package org.mixite.release;

import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.model.AccessModifier;
import japicmp.model.JApiChangeStatus;
import japicmp.model.JApiClass;
import japicmp.model.JApiCompatibilityChange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javassist.CtClass;
import javassist.bytecode.AnnotationsAttribute;
import javassist.bytecode.annotation.EnumMemberValue;

/**
 * The API compatibility rule (README, "API stability"): between a baseline release and a newer
 * version with the same major number, no type that the baseline marked
 * {@code @API(status = STABLE)} or {@code MAINTAINED} — itself or through the type it is nested
 * in — may change in a binary-incompatible way, except in members the baseline marked
 * {@code EXPERIMENTAL}, {@code INTERNAL} or {@code DEPRECATED} themselves.
 *
 * <p>japicmp finds the changes; this class decides which ones break the promise. The baseline's
 * annotations govern: a type cannot escape the rule by being demoted in the same change.
 */
final class ApiCompatibility {

    static final String API = "org.apiguardian.api.API";
    private static final Set<String> GUARDED = Set.of("STABLE", "MAINTAINED");

    private ApiCompatibility() {
    }

    /** One binary-incompatible change to a guarded type: where, and what japicmp calls it. */
    record Break(String type, String member, String change) {
        @Override
        public String toString() {
            return type + (member.isEmpty() ? "" : "#" + member) + ": " + change;
        }
    }

    /** The major number of a version such as {@code 1.2.3} or {@code 0.2.0-SNAPSHOT}. */
    static int major(String version) {
        String v = version.startsWith("v") ? version.substring(1) : version;
        int dot = v.indexOf('.');
        return Integer.parseInt(dot < 0 ? v.replaceAll("\\D.*", "") : v.substring(0, dot));
    }

    /** The guarded breaks between two jars of one module (public and protected members). */
    static List<Break> breaks(Path baselineJar, Path currentJar, List<String> classPath) {
        JarArchiveComparatorOptions options = new JarArchiveComparatorOptions();
        options.setAccessModifier(AccessModifier.PROTECTED);
        options.setIncludeSynthetic(false);
        options.setClassPathMode(JarArchiveComparatorOptions.ClassPathMode.TWO_SEPARATE_CLASSPATHS);
        options.setOldClassPath(classPath);
        options.setNewClassPath(classPath);
        // Supertypes from dependencies that are not on the class path are not this check's business.
        options.getIgnoreMissingClasses().setIgnoreAllMissingClasses(true);
        List<JApiClass> classes = new JarArchiveComparator(options).compare(
                new JApiCmpArchive(baselineJar.toFile(), "baseline"), new JApiCmpArchive(currentJar.toFile(), "current"));

        Map<String, JApiClass> byName = new HashMap<>();
        classes.forEach(c -> byName.put(c.getFullyQualifiedName(), c));
        List<Break> result = new ArrayList<>();
        for (JApiClass type : classes) {
            if (type.isBinaryCompatible() || !guarded(type, byName)) {
                continue;
            }
            String name = type.getFullyQualifiedName();
            addBreaks(result, name, "", type.getCompatibilityChanges());
            if (type.getChangeStatus() == JApiChangeStatus.REMOVED) {
                continue; // its members went with it: one break is enough
            }
            type.getMethods().forEach(m -> {
                if (!exempt(m.getOldMethod().map(x -> x.getMethodInfo2().getAttribute(AnnotationsAttribute.visibleTag)))) {
                    addBreaks(result, name, m.getName() + m.getOldMethod().map(x -> x.getSignature()).orElse("(new)"),
                            m.getCompatibilityChanges());
                }
            });
            type.getConstructors().forEach(c -> {
                if (!exempt(c.getOldConstructor().map(x -> x.getMethodInfo2().getAttribute(AnnotationsAttribute.visibleTag)))) {
                    addBreaks(result, name, "<init>" + c.getOldConstructor().map(x -> x.getSignature()).orElse("(new)"),
                            c.getCompatibilityChanges());
                }
            });
            type.getFields().forEach(f -> {
                if (!exempt(f.getOldFieldOptional().map(x -> x.getFieldInfo2().getAttribute(AnnotationsAttribute.visibleTag)))) {
                    addBreaks(result, name, f.getName(), f.getCompatibilityChanges());
                }
            });
        }
        return result;
    }

    private static void addBreaks(List<Break> into, String type, String member, List<JApiCompatibilityChange> changes) {
        String incompatible = changes.stream().filter(c -> !c.isBinaryCompatible())
                .map(c -> c.getType().name()).distinct().collect(Collectors.joining(", "));
        if (!incompatible.isEmpty()) {
            into.add(new Break(type, member, incompatible));
        }
    }

    /** STABLE or MAINTAINED in the baseline, on the type or the nearest enclosing type that says. */
    private static boolean guarded(JApiClass type, Map<String, JApiClass> byName) {
        for (String name = type.getFullyQualifiedName(); ; ) {
            JApiClass c = byName.get(name);
            Optional<String> status = c == null ? Optional.empty() : c.getOldClass().flatMap(ApiCompatibility::status);
            if (status.isPresent()) {
                return GUARDED.contains(status.get());
            }
            int dollar = name.lastIndexOf('$');
            if (dollar < 0) {
                return false; // not annotated: not part of the promise
            }
            name = name.substring(0, dollar);
        }
    }

    static Optional<String> status(CtClass type) {
        return status(Optional.ofNullable(type.getClassFile2().getAttribute(AnnotationsAttribute.visibleTag)));
    }

    /** A member that the baseline itself marked outside the promise. */
    private static boolean exempt(Optional<javassist.bytecode.AttributeInfo> annotations) {
        return status(annotations).filter(s -> !GUARDED.contains(s)).isPresent();
    }

    private static Optional<String> status(Optional<javassist.bytecode.AttributeInfo> attribute) {
        return attribute.filter(AnnotationsAttribute.class::isInstance).map(AnnotationsAttribute.class::cast)
                .map(a -> a.getAnnotation(API))
                .map(a -> a.getMemberValue("status"))
                .filter(EnumMemberValue.class::isInstance)
                .map(v -> ((EnumMemberValue) v).getValue());
    }
}
