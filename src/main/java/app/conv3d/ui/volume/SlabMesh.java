package app.conv3d.ui.volume;

import javafx.scene.shape.TriangleMesh;

/**
 * One frame as a thin box whose front and back faces carry the whole image and whose four sides carry
 * the image's border rows and columns stretched through the slab: touching slabs then look like a
 * solid block of video, as a real T x H x W volume would.
 */
final class SlabMesh {
    private SlabMesh() {
    }

    /** A slab centred on the origin; {@code texWidth x texHeight} is the texture's size in texels. */
    static TriangleMesh create(double width, double height, double thickness, int texWidth, int texHeight) {
        float x = (float) (width / 2);
        float y = (float) (height / 2);
        float z = (float) (thickness / 2);
        float hu = 0.5f / texWidth;
        float hv = 0.5f / texHeight;
        TriangleMesh mesh = new TriangleMesh();
        mesh.getPoints().addAll(
                -x, -y, -z, x, -y, -z, x, y, -z, -x, y, -z,
                -x, -y, z, x, -y, z, x, y, z, -x, y, z);
        mesh.getTexCoords().addAll(
                0, 0, 1, 0, 1, 1, 0, 1,             // 0-3 corners: the whole image
                0, hv, 1, hv,                       // 4-5 top row
                0, 1 - hv, 1, 1 - hv,               // 6-7 bottom row
                hu, 0, hu, 1,                       // 8-9 left column
                1 - hu, 0, 1 - hu, 1);              // 10-11 right column
        mesh.getFaces().addAll(
                0, 0, 1, 1, 2, 2, 0, 0, 2, 2, 3, 3,          // front
                4, 0, 6, 2, 5, 1, 4, 0, 7, 3, 6, 2,          // back
                0, 4, 4, 4, 5, 5, 0, 4, 5, 5, 1, 5,          // top
                3, 6, 2, 7, 6, 7, 3, 6, 6, 7, 7, 6,          // bottom
                0, 8, 3, 9, 7, 9, 0, 8, 7, 9, 4, 8,          // left
                1, 10, 5, 10, 6, 11, 1, 10, 6, 11, 2, 11);   // right
        return mesh;
    }
}
