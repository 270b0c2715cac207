package app.conv3d.ui.volume;

import app.conv3d.core.Axis3;
import app.conv3d.core.ReceptiveField;
import app.conv3d.core.Volume;
import javafx.scene.Group;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;

/**
 * The clip's frames as textured slabs. Textures are made once per frame picture; moving the kernel only
 * recolours. Frames the kernel does not read turn into faint glass, so the frames it reads show through
 * the ones in front of them.
 */
final class SlabStack extends Group {
    /** Opacity of frames outside the kernel: faint enough that several in front still let it show. */
    static final double GLASS = 0.09;
    /**
     * Their material colour. Prism blends 3D materials as premultiplied colours (source + (1 - alpha) x
     * destination), so the colour is scaled by the alpha here, else stacked glass adds up to white.
     */
    static final Color DIMMED = Color.color(0.7 * GLASS, 0.7 * GLASS, 0.7 * GLASS, GLASS);
    /** Opaque slabs draw before all glass ones, so glass always blends over what lies behind it. */
    private static final double OPAQUE_FIRST = 1e9;

    private MeshView[] slabs = new MeshView[0];
    private PhongMaterial[] materials = new PhongMaterial[0];
    private boolean[] dimmed = new boolean[0];
    /** The size of the clip the slabs were made for; null: none. */
    private Axis3 shape;
    private final FrameCache<Image> textures = new FrameCache<>(FrameTextures::texture, Image[]::new);

    /**
     * Shows a new clip (or none). A clip of the same size keeps its slabs and changes only the textures of the
     * frames that changed (live mode: the one new frame); otherwise the slabs are made anew.
     */
    void setVolume(Volume volume, StackGeometry geometry) {
        Image[] textures = this.textures.picturesOf(volume);
        if (volume == null) {
            getChildren().clear();
            slabs = new MeshView[0];
            materials = new PhongMaterial[0];
            dimmed = new boolean[0];
            shape = null;
            return;
        }
        Axis3 size = volume.size();
        if (size.equals(shape)) {
            for (int t = 0; t < slabs.length; t++) {
                materials[t].setDiffuseMap(textures[t]);
            }
            layout(geometry);
            return;
        }
        getChildren().clear();
        int frames = volume.frames();
        slabs = new MeshView[frames];
        materials = new PhongMaterial[frames];
        dimmed = new boolean[frames];
        shape = size;
        TriangleMesh mesh = SlabMesh.create(geometry.width(), geometry.height(), geometry.thickness(),
                (int) textures[0].getWidth(), (int) textures[0].getHeight());
        for (int t = 0; t < frames; t++) {
            PhongMaterial material = new PhongMaterial(Color.WHITE);
            material.setDiffuseMap(textures[t]);
            MeshView slab = new MeshView(mesh);
            slab.setMaterial(material);
            // Both faces show: seen from behind, a frame shows its mirror image, as a slice of film would.
            slab.setCullFace(CullFace.NONE);
            slabs[t] = slab;
            materials[t] = material;
        }
        getChildren().addAll(slabs);
        layout(geometry);
    }

    /** How many frame textures the last {@link #setVolume} had to make (the rest were kept). */
    int texturesMadeLast() {
        return textures.drawnLast();
    }

    /** Places the slabs for the current spread. */
    void layout(StackGeometry geometry) {
        for (int t = 0; t < slabs.length; t++) {
            slabs[t].setTranslateZ(geometry.z(t));
        }
    }

    /** Brightens the frames the field samples and ghosts the rest; no field: all bright. */
    void emphasize(ReceptiveField field) {
        for (int t = 0; t < slabs.length; t++) {
            boolean dim = field != null && !StackGeometry.covers(field, t);
            if (dim != dimmed[t]) {
                dimmed[t] = dim;
                materials[t].setDiffuseColor(dim ? DIMMED : Color.WHITE);
                // Drawn from both sides, a glass slab would blend twice where it overlaps itself.
                slabs[t].setCullFace(dim ? CullFace.BACK : CullFace.NONE);
            }
        }
    }

    /**
     * Orders drawing for transparency: opaque slabs first, then glass slabs from the farthest to the
     * nearest. {@code viewerZ} is the camera's z in this stack's coordinates.
     */
    void sortForViewer(double viewerZ) {
        for (int t = 0; t < slabs.length; t++) {
            slabs[t].setViewOrder(dimmed[t] ? Math.abs(viewerZ - slabs[t].getTranslateZ()) : OPAQUE_FIRST);
        }
    }
}
