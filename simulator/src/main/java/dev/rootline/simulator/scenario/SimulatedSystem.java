package dev.rootline.simulator.scenario;

import dev.rootline.simulator.model.ShopModel;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/** The systems the simulator models, by the names the command line ({@code --system}) and labels use. */
public enum SimulatedSystem {
  /** The online shop the ranking is tuned on. */
  SHOP("shop", ScenarioSet.SYSTEM, ShopModel::standard, ScenarioSet::standard),
  /** The ride-hailing backend that checks whether the ranking generalizes. */
  RIDE("ride", RideScenarios.SYSTEM, ShopModel::ride, RideScenarios::catalogue);

  private final String cliName;
  private final String label;
  private final LongFunction<ShopModel> model;
  private final LongFunction<List<Scenario>> catalogue;

  SimulatedSystem(
      String cliName, String label, LongFunction<ShopModel> model, LongFunction<List<Scenario>> catalogue) {
    this.cliName = cliName;
    this.label = label;
    this.model = model;
    this.catalogue = catalogue;
  }

  /** Its name on the command line, e.g. {@code ride}. */
  public String cliName() {
    return cliName;
  }

  /** The {@code system} its labels carry, e.g. {@code ride-sim}. */
  public String label() {
    return label;
  }

  /** Its model, pods named by {@code seed}. */
  public ShopModel model(long seed) {
    return model.apply(seed);
  }

  /** Its catalogue of labelled cases for {@code seed}, in order. */
  public List<Scenario> catalogue(long seed) {
    return catalogue.apply(seed);
  }

  /**
   * The system of that command-line name.
   *
   * @throws IllegalArgumentException naming the known systems when there is none
   */
  public static SimulatedSystem of(String cliName) {
    return Arrays.stream(values()).filter(s -> s.cliName.equals(cliName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown system '" + cliName + "', expected one of "
            + Arrays.stream(values()).map(SimulatedSystem::cliName).collect(Collectors.joining(", "))));
  }
}
