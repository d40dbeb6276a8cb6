package io.programbook.core.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;
import io.programbook.core.text.Messages;
import java.util.List;

/**
 * The templates' {@code msg} method: {@code ${msg("handbook.scope.title")}}, or with values,
 * {@code ${msg("handbook.area.excluded", area.excludedCount)}}. Every word a template prints comes
 * through it from the run's {@link Messages}; a key missing from the bundle is a template error.
 */
final class MessageMethod implements TemplateMethodModelEx {

    private final Messages messages;

    MessageMethod(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty() || !(arguments.get(0) instanceof TemplateScalarModel key)) {
            throw new TemplateModelException("msg needs a message key as its first argument");
        }
        Object[] values = new Object[arguments.size() - 1];
        for (int i = 1; i < arguments.size(); i++) {
            values[i - 1] = DeepUnwrap.unwrap((TemplateModel) arguments.get(i));
        }
        try {
            return messages.get(key.getAsString(), values);
        } catch (IllegalArgumentException e) {
            throw new TemplateModelException(e.getMessage(), e);
        }
    }
}
