# cmake -DLUPDATE=... -DSOURCE_DIR=... -DTS=... -DLOG=... -P run-lupdate.cmake
# Runs lupdate over src/ and ui/ into TS and keeps what it warned about in LOG
# (tst_i18n_pseudo fails on warnings: each one is a string never translated, or
# translated under the wrong context).
file(REMOVE ${TS})
execute_process(
    COMMAND ${LUPDATE} -locations none -target-language en_US -extensions cpp,h,ui
            ${SOURCE_DIR}/src ${SOURCE_DIR}/ui -ts ${TS}
    WORKING_DIRECTORY ${SOURCE_DIR}
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE errors)
file(WRITE ${LOG} "${errors}${output}")
if(NOT result EQUAL 0 OR NOT EXISTS ${TS})
    message(FATAL_ERROR "lupdate failed (${result}):\n${errors}${output}")
endif()
