package io.arrears.route.dispatch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal SMTP server on 127.0.0.1 (ephemeral port) whose answers to RCPT TO and to the end of DATA
 * are scripted, for the rejections GreenMail does not produce; it can also drop the connection after
 * the whole message was sent, before answering.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    /** What to say to RCPT TO and after the message's final "."; {@code dataReply} null: hang up instead. */
    record Script(String rcptReply, String dataReply) {
    }

    private final ServerSocket socket;
    private final Thread acceptor;
    private volatile int messagesCompleted;

    ScriptedSmtpServer(Script script) throws IOException {
        socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> serve(script), "scripted-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    /** Messages whose DATA ended with "." (whether answered or not). */
    int messagesCompleted() {
        return messagesCompleted;
    }

    private void serve(Script script) {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client, script);
            } catch (IOException e) {
                // closed by the test, or the client hung up: wait for the next one
            }
        }
    }

    private void converse(Socket client, Script script) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII);
        reply(out, "220 scripted ESMTP");
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.toUpperCase(Locale.ROOT);
            if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                reply(out, "250 scripted");
            } else if (command.startsWith("RCPT")) {
                reply(out, script.rcptReply());
            } else if (command.startsWith("DATA")) {
                reply(out, "354 end with <CRLF>.<CRLF>");
                while ((line = in.readLine()) != null && !line.equals(".")) {
                    // the message itself is not checked here
                }
                messagesCompleted++;
                if (script.dataReply() == null) {
                    return;
                }
                reply(out, script.dataReply());
            } else if (command.startsWith("QUIT")) {
                reply(out, "221 bye");
                return;
            } else {
                reply(out, "250 OK");
            }
        }
    }

    private static void reply(PrintWriter out, String text) {
        out.print(text + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
