package app.conv3d.ui.volume;

import javafx.scene.Node;
import javafx.scene.PerspectiveCamera;
import javafx.scene.transform.Rotate;

/**
 * A camera circling a target: dragging turns the target in front of a fixed camera, scrolling moves
 * the camera nearer or farther. The distance follows the target's size, so the whole stack stays in view
 * whatever the window's shape and the spread of the frames.
 */
final class OrbitCamera {
    static final double HOME_YAW = 32;
    static final double HOME_PITCH = 22;
    private static final double FIELD_OF_VIEW = 30;
    private static final double MIN_ZOOM = 0.35;
    private static final double MAX_ZOOM = 4;

    private final PerspectiveCamera camera = new PerspectiveCamera(true);
    private final Rotate yaw = new Rotate(HOME_YAW, Rotate.Y_AXIS);
    private final Rotate pitch = new Rotate(HOME_PITCH, Rotate.X_AXIS);
    private double zoom = 1;
    private double radius = StackGeometry.SIDE;
    private double aspect = 4.0 / 3;
    private double pressX;
    private double pressY;

    OrbitCamera(Node target) {
        target.getTransforms().addAll(pitch, yaw);
        camera.setFieldOfView(FIELD_OF_VIEW);
        camera.setNearClip(1);
        camera.setFarClip(20_000);
        place();
    }

    PerspectiveCamera camera() {
        return camera;
    }

    /** Lets the mouse on {@code surface} steer: drag turns, scroll zooms, double-click resets. */
    void attach(Node surface, Runnable moved) {
        surface.setOnMousePressed(e -> {
            pressX = e.getX();
            pressY = e.getY();
        });
        surface.setOnMouseDragged(e -> {
            drag(e.getX() - pressX, e.getY() - pressY);
            pressX = e.getX();
            pressY = e.getY();
            moved.run();
        });
        surface.setOnScroll(e -> {
            scroll(e.getDeltaY());
            moved.run();
        });
        surface.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                reset();
                moved.run();
            }
        });
    }

    /** Turns the target by a mouse drag of (dx, dy) pixels. */
    void drag(double dx, double dy) {
        yaw.setAngle(yaw.getAngle() - dx * 0.4);
        pitch.setAngle(Math.max(-89, Math.min(89, pitch.getAngle() + dy * 0.4)));
    }

    /** Zooms in for positive scroll amounts. */
    void scroll(double amount) {
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * Math.exp(amount * 0.002)));
        place();
    }

    void reset() {
        yaw.setAngle(HOME_YAW);
        pitch.setAngle(HOME_PITCH);
        zoom = 1;
        place();
    }

    /** Keeps a sphere of this radius in a viewport of this size. */
    void fit(double radius, double width, double height) {
        this.radius = radius;
        this.aspect = width > 0 && height > 0 ? width / height : aspect;
        place();
    }

    private void place() {
        double half = Math.toRadians(FIELD_OF_VIEW / 2);
        double horizontalHalf = Math.atan(Math.tan(half) * aspect);
        double limiting = Math.min(half, horizontalHalf);
        // The bounding sphere overestimates a box seen corner-on, so a little less than its full distance.
        double distance = 0.92 * radius / Math.sin(limiting);
        camera.setTranslateZ(-distance / zoom);
    }
}
