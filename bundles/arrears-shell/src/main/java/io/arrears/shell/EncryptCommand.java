package io.arrears.shell;

import io.arrears.api.secret.MasterKey;
import io.arrears.api.secret.SecretCipher;
import io.arrears.api.secret.SecretException;
import java.io.IOException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

@Command(scope = "arrears", name = "encrypt", description = "Encrypts a secret (database or SMTP password, token) with "
        + "the master key of this Karaf's environment (ARREARS_MASTER_KEY or ARREARS_MASTER_KEY_FILE) and prints the "
        + "ENC(...) value to put in a .cfg file. Without an argument the value is asked for and not echoed (an argument "
        + "stays in the console history).")
@Service
public class EncryptCommand implements Action {

    @Argument(index = 0, name = "value", required = false, description = "The secret; omit it to be asked without echo")
    String value;

    @Reference
    Session session;

    @Override
    public Object execute() throws IOException {
        MasterKey key;
        try {
            key = MasterKey.fromEnvironment().orElseThrow(() -> new SecretException("no master key: set "
                    + MasterKey.VARIABLE + " (openssl rand -base64 32) or " + MasterKey.FILE_VARIABLE
                    + " in Karaf's environment (bin/setenv), then restart"));
        } catch (SecretException e) {
            System.err.println(e.getMessage());
            return null;
        }
        String secret = value != null ? value : session.readLine("Secret: ", '*');
        if (secret == null || secret.isEmpty()) {
            System.err.println("nothing to encrypt");
            return null;
        }
        System.out.println(new SecretCipher(key).encrypt(secret));
        return null;
    }
}
