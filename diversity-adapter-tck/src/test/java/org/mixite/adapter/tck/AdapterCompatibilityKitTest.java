package org.mixite.adapter.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The kit can fail: run on adapters that each break one clause of the contract, it reports
 * exactly the tests of that clause, and on a contract-abiding adapter it reports none.
 */
@DisplayName("The adapter compatibility kit")
class AdapterCompatibilityKitTest {

    /** Runs a kit class with the JUnit Platform launcher; returns each test's method name and outcome. */
    private static Map<String, TestExecutionResult.Status> run(Class<?> kit) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(kit))
                .filters(EngineFilter.includeEngines("junit-jupiter"))
                .build();
        Map<String, TestExecutionResult.Status> outcomes = new TreeMap<>();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (test.isTest()) {
                    outcomes.put(methodName(test), result.getStatus());
                }
            }
        });
        return outcomes;
    }

    private static String methodName(TestIdentifier test) {
        // e.g. [engine:junit-jupiter]/[class:...]/[nested-class:Streaming]/[method:streamsInBoundedMemory()]
        String id = test.getUniqueId();
        int start = id.lastIndexOf("[method:") + "[method:".length();
        return id.substring(start, id.indexOf('(', start));
    }

    private static Map<String, TestExecutionResult.Status> failuresOf(Class<?> kit) {
        Map<String, TestExecutionResult.Status> outcomes = run(kit);
        assertThat(outcomes).as("tests run by the kit").hasSizeGreaterThanOrEqualTo(18);
        assertThat(outcomes.values()).as("no test of the kit is skipped or aborted")
                .doesNotContain(TestExecutionResult.Status.ABORTED);
        Map<String, TestExecutionResult.Status> failures = new TreeMap<>(outcomes);
        failures.values().removeIf(s -> s == TestExecutionResult.Status.SUCCESSFUL);
        return failures;
    }

    @Test
    @DisplayName("passes an adapter that keeps the contract, when run by the launcher")
    void passesGoodAdapter() {
        assertThat(failuresOf(BrokenAdapters.GoodKit.class)).isEmpty();
    }

    @Test
    @DisplayName("fails an adapter that keeps every record it returned, in the streaming test only")
    void failsHoardingAdapter() {
        assertThat(failuresOf(BrokenAdapters.HoardingKit.class).keySet()).containsExactly("streamsInBoundedMemory");
    }

    @Test
    @DisplayName("fails an adapter that throws a raw exception on garbage")
    void failsCrashingAdapter() {
        assertThat(failuresOf(BrokenAdapters.CrashingKit.class).keySet())
                .containsExactlyInAnyOrder("garbageGivesOnlyMixiteExceptions", "loaderNeverBlamesTheAdapter");
    }

    @Test
    @DisplayName("fails an adapter that leaves its stream open and throws on a second close")
    void failsLeakyAdapter() {
        assertThat(failuresOf(BrokenAdapters.LeakyKit.class).keySet()).containsExactlyInAnyOrder(
                "closesAfterFullRead", "closesAfterPartialRead", "closingTwiceIsHarmless", "closesOnFailure");
    }

    @Test
    @DisplayName("fails an adapter that silently drops unreadable rows and repeated ids (and remembers every id)")
    void failsDroppingAdapter() {
        // Its set of seen ids grows with the input: the streaming test catches that too.
        assertThat(failuresOf(BrokenAdapters.DroppingKit.class).keySet()).containsExactlyInAnyOrder(
                "validSampleReconciles", "nothingIsDroppedSilently", "repeatedIdIsReported", "streamsInBoundedMemory");
    }

    @Test
    @DisplayName("fails an adapter whose name, description, options and extensions break the rules")
    void failsBadlyDeclaredAdapter() {
        assertThat(failuresOf(BrokenAdapters.BadlyDeclaredKit.class).keySet()).containsExactlyInAnyOrder(
                "nameIsLowerCase", "descriptionIsOneLine", "optionsAreDocumented", "extensionsAndSchemesAreLowerCase");
    }
}
