package app.conv3d;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpClient;

/** Code the network rule of {@link ArchitectureTest} must refuse; never run, only imported by ArchUnit. */
final class NetworkOffenders {
    private NetworkOffenders() {
    }

    static final class Upload {
        void send(byte[] frame) throws IOException {
            try (Socket socket = new Socket("example.org", 80); OutputStream out = socket.getOutputStream()) {
                out.write(frame);
            }
        }
    }

    static final class Download {
        byte[] fetch(URL url) throws IOException {
            try (InputStream in = url.openStream()) {
                return in.readAllBytes();
            }
        }
    }

    static final class HttpClientUser {
        HttpClient client() {
            return HttpClient.newHttpClient();
        }
    }
}
