package app.conv3d.ui.volume;

import app.conv3d.core.ReceptiveField;
import app.conv3d.core.Volume;
import javafx.scene.Group;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;

/** The clip's frames as textured slabs. Textures are made once per volume; moving the kernel only recolours. */
final class SlabStack extends Group {
    /** Frames outside the kernel are darkened to this brightness so the covered ones stand out. */
    static final Color DIMMED = Color.gray(0.32);

    private MeshView[] slabs = new MeshView[0];
    private PhongMaterial[] materials = new PhongMaterial[0];
    private boolean[] dimmed = new boolean[0];

    /** Rebuilds the slabs for a new clip (or none). */
    void setVolume(Volume volume, StackGeometry geometry) {
        getChildren().clear();
        if (volume == null) {
            slabs = new MeshView[0];
            materials = new PhongMaterial[0];
            dimmed = new boolean[0];
            return;
        }
        int frames = volume.frames();
        slabs = new MeshView[frames];
        materials = new PhongMaterial[frames];
        dimmed = new boolean[frames];
        TriangleMesh mesh = null;
        for (int t = 0; t < frames; t++) {
            Image texture = FrameTextures.texture(volume, t);
            if (mesh == null) {
                mesh = SlabMesh.create(geometry.width(), geometry.height(), geometry.thickness(),
                        (int) texture.getWidth(), (int) texture.getHeight());
            }
            PhongMaterial material = new PhongMaterial(Color.WHITE);
            material.setDiffuseMap(texture);
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

    /** Places the slabs for the current spread. */
    void layout(StackGeometry geometry) {
        for (int t = 0; t < slabs.length; t++) {
            slabs[t].setTranslateZ(geometry.z(t));
        }
    }

    /** Brightens the frames the field samples and darkens the rest; no field: all bright. */
    void emphasize(ReceptiveField field) {
        for (int t = 0; t < slabs.length; t++) {
            boolean dim = field != null && !StackGeometry.covers(field, t);
            if (dim != dimmed[t]) {
                dimmed[t] = dim;
                materials[t].setDiffuseColor(dim ? DIMMED : Color.WHITE);
            }
        }
    }
}
