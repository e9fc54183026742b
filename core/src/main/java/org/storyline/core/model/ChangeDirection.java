package org.storyline.core.model;

/** Whether a claimed value is a level or a change of one. */
public enum ChangeDirection {
    NONE,
    INCREASE,
    DECREASE
}
