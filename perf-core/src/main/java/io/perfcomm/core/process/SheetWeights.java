package io.perfcomm.core.process;

import io.perfcomm.core.objective.SheetId;
import java.time.LocalDate;

/**
 * The total weight of a sheet's indicators in effect from one day of the period on: the period start,
 * and each day a change with a new weight takes effect (OBJ-04 judges every stretch).
 *
 * @param sheet the sheet
 * @param from the first day these weights apply
 * @param total the sum of the weights, percent
 * @param offBy how far the total strays from 100, always positive or zero
 */
public record SheetWeights(SheetId sheet, LocalDate from, double total, double offBy) {}
