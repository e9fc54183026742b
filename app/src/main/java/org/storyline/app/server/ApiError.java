package org.storyline.app.server;

/** A request the API refuses; becomes {@code {"status": ..., "message": ...}} with that HTTP status. */
public final class ApiError extends RuntimeException {

    private final int status;

    public ApiError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    static ApiError notFound(String what, String id) {
        return new ApiError(404, "no " + what + " with id " + Printable.of(id));
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }
}
