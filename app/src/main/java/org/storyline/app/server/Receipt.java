package org.storyline.app.server;

import java.util.List;
import org.storyline.core.model.Problem;

/**
 * What an ingest request did.
 *
 * @param added         ids of articles newly stored
 * @param alreadyStored ids of articles the store already held (re-ingesting changes nothing)
 * @param problems      inputs that could not be read, extracted or analysed
 */
public record Receipt(List<String> added, List<String> alreadyStored, List<Problem> problems) {
}
