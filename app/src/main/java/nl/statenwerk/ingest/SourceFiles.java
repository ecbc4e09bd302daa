package nl.statenwerk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads what a source points at: files inside a bundle (never outside it), files and JSON over http(s), and zip
 * bundles, which are unpacked with limits so that a zip bomb or a path like {@code ../../etc} cannot harm the host.
 */
final class SourceFiles {

    static final long MAX_DOWNLOAD_BYTES = 512L * 1024 * 1024;
    static final long MAX_UNZIPPED_BYTES = 4L * 1024 * 1024 * 1024;
    static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;
    static final int MAX_ENTRIES = 200_000;
    /** Real documents compress far less than this; zip bombs compress far more. */
    static final int MAX_RATIO = 200;

    /** Redirects followed per request; browsers stop at about 20, a document's source needs few. */
    static final int MAX_REDIRECTS = 5;

    private static final Logger log = LoggerFactory.getLogger(SourceFiles.class);

    private final HttpClient http;
    private final AddressPolicy policy;

    /**
     * @param http must not follow redirects itself: each hop is checked against the policy here
     */
    SourceFiles(HttpClient http, AddressPolicy policy) {
        if (http.followRedirects() != HttpClient.Redirect.NEVER) {
            throw new IllegalArgumentException("the client must leave redirects to SourceFiles");
        }
        this.http = http;
        this.policy = policy;
    }

    static HttpClient defaultClient() {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(15))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    static boolean isUrl(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** The file a bundle's {@code link} names, which must lie inside the bundle. */
    static Path inBundle(Path bundle, String link) {
        Path resolved;
        try {
            resolved = bundle.resolve(link).normalize();
        } catch (RuntimeException e) {
            throw new ObjectFailure("ongeldig pad in link: '" + link + "'");
        }
        if (!resolved.startsWith(bundle.normalize())) {
            throw new ObjectFailure("link wijst buiten de bundel: '" + link + "'");
        }
        if (!Files.isRegularFile(resolved)) {
            throw new ObjectFailure("bestand ontbreekt: '" + link + "'");
        }
        return resolved;
    }

    /** Downloads a url to a temporary file; the caller deletes it. */
    Path download(String url, Path tempDir) {
        HttpResponse<InputStream> response;
        try {
            response = send(
                    url,
                    uri -> HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (AddressPolicy.RefusedAddress e) {
            throw new ObjectFailure("bestand " + e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            throw new ObjectFailure(
                    "bestand niet bereikbaar: " + url + " (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ObjectFailure("download onderbroken: " + url);
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new ObjectFailure("bestand niet bereikbaar: " + url + " (HTTP " + response.statusCode() + ")");
            }
            Path target = Files.createTempFile(tempDir, "download", ".bin");
            try (var out = Files.newOutputStream(target)) {
                copyLimited(body, out, MAX_DOWNLOAD_BYTES, url);
            }
            return target;
        } catch (IOException e) {
            throw new ObjectFailure("download mislukt: " + url + " (" + e.getMessage() + ")");
        }
    }

    /** GETs a JSON document; {@code null} on 404, so optional collections of an API can be skipped. */
    byte @Nullable [] getJson(String url) {
        try {
            HttpResponse<byte[]> response = send(
                    url,
                    uri -> HttpRequest.newBuilder(uri)
                            .timeout(Duration.ofMinutes(1))
                            .header("Accept", "application/json"),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 404) {
                return null;
            }
            if (response.statusCode() != 200) {
                throw new ImportException("bron antwoordt met HTTP " + response.statusCode() + ": " + url);
            }
            return response.body();
        } catch (IOException | IllegalArgumentException e) {
            throw new ImportException(
                    "bron niet bereikbaar: " + url + " (" + e.getClass().getSimpleName() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportException("onderbroken: " + url, e);
        }
    }

    /**
     * GETs a url, following redirects here rather than in the client, so that the policy sees every hop. A refused
     * url is logged, as an attempt to reach an internal address may be an attack on the installation.
     *
     * @throws AddressPolicy.RefusedAddress for the first hop the policy refuses, or too many redirects
     */
    private <T> HttpResponse<T> send(
            String url, Function<URI, HttpRequest.Builder> request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        // a redirect's body is never read: it may be as large as the server likes
        HttpResponse.BodyHandler<T> unlessRedirect = info -> isRedirect(info.statusCode())
                        && info.headers().firstValue("Location").isPresent()
                ? HttpResponse.BodySubscribers.replacing(null)
                : handler.apply(info);
        URI uri;
        try {
            uri = policy.check(url);
        } catch (AddressPolicy.RefusedAddress e) {
            throw refused(e);
        }
        for (int hop = 0; ; hop++) {
            HttpResponse<T> response = http.send(request.apply(uri).GET().build(), unlessRedirect);
            var location = response.headers().firstValue("Location");
            if (!isRedirect(response.statusCode()) || location.isEmpty()) {
                return response;
            }
            if (hop == MAX_REDIRECTS) {
                throw refused(new AddressPolicy.RefusedAddress(url, "meer dan " + MAX_REDIRECTS + " doorverwijzingen"));
            }
            URI from = uri;
            URI next;
            try {
                next = from.resolve(location.get());
            } catch (IllegalArgumentException e) {
                throw refused(new AddressPolicy.RefusedAddress(
                        url, "ongeldige doorverwijzing naar '" + location.get() + "'"));
            }
            if (from.getScheme().equalsIgnoreCase("https") && "http".equalsIgnoreCase(next.getScheme())) {
                throw refused(new AddressPolicy.RefusedAddress(url, "doorverwijzing van https naar http: " + next));
            }
            try {
                uri = policy.check(next);
            } catch (AddressPolicy.RefusedAddress e) {
                throw refused(new AddressPolicy.RefusedAddress(url, "doorverwezen naar " + next + ": " + e.reason));
            }
        }
    }

    private static AddressPolicy.RefusedAddress refused(AddressPolicy.RefusedAddress e) {
        log.warn("Import refused a url, {}", e.getMessage());
        return e;
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /**
     * Unpacks a zip into {@code target}. Entries that try to leave the target, or that inflate beyond the limits,
     * are skipped and named in the report; counting the bytes actually inflated means lying headers do not help.
     */
    static void unzip(Path zip, Path target, ReportLines report) {
        long total = 0;
        int entries = 0;
        // ZipFile reads the central directory, so each entry's compressed size is known before inflating it.
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(file.entries())) {
                if (++entries > MAX_ENTRIES) {
                    report.failed("zip", zip.getFileName().toString(), "meer dan " + MAX_ENTRIES + " bestanden");
                    return;
                }
                String name = entry.getName();
                Path out = target.resolve(name).normalize();
                if (name.contains("..") || name.startsWith("/") || name.contains("\\") || !out.startsWith(target)) {
                    report.failed("zip", name, "overgeslagen: pad buiten de bundel (path traversal)");
                    continue;
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                Path partial = Files.createTempFile(target, "entry", ".part");
                long written;
                try (InputStream in = file.getInputStream(entry);
                        var os = Files.newOutputStream(partial)) {
                    written = copyEntry(in, os, entry.getCompressedSize());
                } catch (EntryTooLarge e) {
                    Files.deleteIfExists(partial);
                    report.failed("zip", name, "overgeslagen: " + e.getMessage() + " (mogelijk een zip-bom)");
                    continue;
                }
                total += written;
                if (total > MAX_UNZIPPED_BYTES) {
                    Files.deleteIfExists(partial);
                    report.failed("zip", name, "gestopt: uitgepakt meer dan " + MAX_UNZIPPED_BYTES + " bytes");
                    return;
                }
                Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ImportException("zip-bestand onleesbaar: " + zip + " (" + e.getMessage() + ")", e);
        }
    }

    private static long copyEntry(InputStream in, java.io.OutputStream out, long compressedSize) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long written = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            written += n;
            if (written > MAX_ENTRY_BYTES) {
                throw new EntryTooLarge("groter dan " + MAX_ENTRY_BYTES + " bytes");
            }
            if (written > 1024 * 1024 && compressedSize > 0 && written / compressedSize > MAX_RATIO) {
                throw new EntryTooLarge("pakt uit tot meer dan " + MAX_RATIO + " keer de ingepakte grootte");
            }
            out.write(buffer, 0, n);
        }
        return written;
    }

    private static void copyLimited(InputStream in, java.io.OutputStream out, long max, String what)
            throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long written = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            written += n;
            if (written > max) {
                throw new ObjectFailure("bestand groter dan " + max + " bytes: " + what);
            }
            out.write(buffer, 0, n);
        }
    }

    private static final class EntryTooLarge extends IOException {
        EntryTooLarge(String message) {
            super(message);
        }
    }
}
