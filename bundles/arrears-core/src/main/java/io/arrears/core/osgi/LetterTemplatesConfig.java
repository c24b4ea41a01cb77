package io.arrears.core.osgi;

/**
 * The letters bundle's {@code templateDirectory} (PID {@value #PID}, described by that bundle's metatype), read here
 * too so that administrators edit call confirmations in the same folder as the letter templates.
 */
public @interface LetterTemplatesConfig {

    String PID = "io.arrears.letters";

    /** Folder with {@code <language>/confirmation.json}; empty: the bundled confirmation texts only. */
    String templateDirectory() default "";
}
