package nl.statenwerk.portal;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open editors of each draft, as server-sent event streams: who is editing now, and a nudge to sync when another
 * editor changed the text. The nudge carries the new version only, never text, so a stream needs no check of its own
 * beyond the one when it opens and the one before each event (the participant may have been removed); the text comes
 * through the sync, which checks every time. Kept in memory: one instance serves a draft's editors (see
 * docs/drafts.md for more instances).
 */
@Component
class DraftStreams {

    /** An editor's stream ends after this and the browser opens a new one (EventSource reconnects by itself). */
    static final Duration TIMEOUT = Duration.ofMinutes(5);

    private record Editor(UUID account, String name, SseEmitter emitter) {}

    private final Map<UUID, List<Editor>> editors = new ConcurrentHashMap<>();
    private final ScheduledExecutorService heartbeat =
            Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().factory());

    DraftStreams() {
        // a comment now and then finds the streams whose browser went away, so that they leave the list of editors
        heartbeat.scheduleWithFixedDelay(this::ping, 15, 15, TimeUnit.SECONDS);
    }

    SseEmitter open(UUID draft, UUID account, String name, BiPredicate<UUID, UUID> mayRead) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        Editor editor = new Editor(account, name, emitter);
        editors.computeIfAbsent(draft, k -> new CopyOnWriteArrayList<>()).add(editor);
        Runnable leave = () -> {
            List<Editor> list = editors.get(draft);
            if (list != null && list.remove(editor)) {
                presence(draft, mayRead);
            }
        };
        emitter.onCompletion(leave);
        emitter.onTimeout(leave);
        emitter.onError(e -> leave.run());
        presence(draft, mayRead);
        return emitter;
    }

    /** The names of those editing the draft now, each account once (in however many windows). */
    List<String> editing(UUID draft) {
        Map<UUID, String> names = new java.util.HashMap<>();
        editors.getOrDefault(draft, List.of()).forEach(e -> names.put(e.account(), e.name()));
        return names.values().stream().sorted().toList();
    }

    /**
     * Ends at once the streams of editors who may no longer read the draft (a participant removed), and tells the
     * others who is editing now.
     */
    void recheck(UUID draft, BiPredicate<UUID, UUID> mayRead) {
        presence(draft, mayRead);
    }

    /** Tells the draft's other editors that there is a new version to sync. */
    void changed(UUID draft, List<String> heads, BiPredicate<UUID, UUID> mayRead) {
        send(draft, "wijziging", String.join(",", heads), mayRead);
    }

    private void presence(UUID draft, BiPredicate<UUID, UUID> mayRead) {
        send(draft, "aanwezig", String.join("\n", editing(draft)), mayRead);
    }

    private void send(UUID draft, String event, String data, BiPredicate<UUID, UUID> mayRead) {
        List<Editor> gone = new ArrayList<>();
        for (Editor editor : editors.getOrDefault(draft, List.of())) {
            if (!mayRead.test(draft, editor.account())) {
                gone.add(editor);
                continue;
            }
            try {
                editor.emitter().send(SseEmitter.event().name(event).data(data));
            } catch (IOException | IllegalStateException e) {
                gone.add(editor);
            }
        }
        end(draft, gone);
    }

    private void ping() {
        for (var entry : editors.entrySet()) {
            List<Editor> gone = new ArrayList<>();
            for (Editor editor : entry.getValue()) {
                try {
                    editor.emitter().send(SseEmitter.event().comment("."));
                } catch (IOException | IllegalStateException e) {
                    gone.add(editor);
                }
            }
            end(entry.getKey(), gone);
        }
    }

    private void end(UUID draft, List<Editor> gone) {
        if (gone.isEmpty()) {
            return;
        }
        List<Editor> list = editors.getOrDefault(draft, List.of());
        for (Editor editor : gone) {
            list.remove(editor);
            editor.emitter().complete();
        }
        String names = String.join("\n", editing(draft));
        for (Editor editor : list) {
            try {
                editor.emitter().send(SseEmitter.event().name("aanwezig").data(names));
            } catch (IOException | IllegalStateException e) {
                // the next heartbeat removes it
            }
        }
    }

    @PreDestroy
    void stop() {
        heartbeat.shutdownNow();
        editors.values().forEach(list -> list.forEach(e -> e.emitter().complete()));
    }
}
