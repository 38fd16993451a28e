import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The container's health check: exit 0 when the URL answers 200 (the image has no curl). */
public class Ready {
    public static void main(String[] args) throws Exception {
        HttpResponse<Void> answer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()
                .send(HttpRequest.newBuilder(URI.create(args[0])).timeout(Duration.ofSeconds(4)).build(),
                        HttpResponse.BodyHandlers.discarding());
        System.exit(answer.statusCode() == 200 ? 0 : 1);
    }
}
